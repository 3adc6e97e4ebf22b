package org.fieldnps.web.responses;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.fieldnps.reporting.responses.ResponseDetail;
import org.fieldnps.reporting.responses.ResponseSearch;
import org.fieldnps.web.security.CurrentUser;

/**
 * One response with its customer, job, attribution and invitation history. An id that does not
 * exist and one outside the user's scope both answer 404, so ids reveal nothing. The table's
 * filters travel along in the address, so that the way back shows the same table.
 */
@Named
@RequestScoped
public class ResponseDetailPage {

    @Inject
    private ResponseSearch search;

    @Inject
    private CurrentUser currentUser;

    private ResponseDetail detail;
    private FilterParameters parameters;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        parameters = FilterParameters.of(external.getRequestParameterMap());
        String id = external.getRequestParameterMap().get("id");

        detail = parseId(id) == null ? null : search.detail(currentUser.getScope(), parseId(id)).orElse(null);
        if (detail == null) {
            external.responseSendError(404, "No response has this id.");
            faces.responseComplete();
        }
    }

    public ResponseDetail getDetail() {
        return detail;
    }

    /** The table this response was opened from, with its filters. */
    public String getBackLink() {
        String query = parameters.queryString();
        return "responses.xhtml" + (query.isEmpty() ? "" : "?" + query);
    }

    private static Long parseId(String text) {
        if (text == null || text.isBlank() || text.length() > 18) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
