package org.fieldnps.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The links given to customers, on the public base URL ({@code NPS_BASE_URL}) rather than the
 * address a request happened to arrive at, which behind a load balancer is an internal one.
 */
@ApplicationScoped
public class SurveyLinks {

    @Inject
    @ConfigProperty(name = "nps.base.url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    /** The survey page of an invitation: {@code <base>/s/<token>}. */
    public String surveyUrl(String token) {
        return withoutTrailingSlash(baseUrl) + "/s/" + token;
    }

    private static String withoutTrailingSlash(String url) {
        String stripped = url.strip();
        return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
