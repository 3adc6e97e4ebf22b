package org.fieldnps.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldnps.domain.BusinessRuleException;
import org.fieldnps.domain.ConflictException;
import org.fieldnps.domain.NotFoundException;
import org.fieldnps.domain.UnknownReferenceException;
import org.fieldnps.persistence.capture.BatchRefusedException;

/**
 * Turns every failure of an API request into a problem detail. Business rules say what is wrong
 * in their own words; failures of the JSON, the HTTP method or the content type are described
 * here; a database that cannot be reached is 503 with a Retry-After, so that callers retry
 * instead of giving up; anything else is a 500 that shows a reference to the log entry and
 * nothing of the server's insides.
 *
 * <p>One mapper for all of them, because the exception that decides the answer is often a cause
 * several layers down (a score refused while JSON-B reads the body arrives wrapped twice).
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger LOGGER = Logger.getLogger(ProblemMapper.class.getName());

    /**
     * LIMITATION: Yasson 3.0.5 names the property it failed on only in its message, one
     * "Unable to deserialize property 'x'" per level; if a later version words it differently,
     * problems about the JSON shape lose their field name (but keep status and detail).
     */
    private static final Pattern YASSON_PROPERTY = Pattern.compile("Unable to deserialize property '([^']+)'");

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable thrown) {
        String path = uriInfo == null ? null : uriInfo.getRequestUri().getPath();
        return problemFor(thrown, path);
    }

    private Response problemFor(Throwable thrown, String path) {
        var tooLarge = Causes.find(thrown, BodyTooLargeException.class);
        if (tooLarge.isPresent()) {
            return Problem.of(ProblemType.BODY_TOO_LARGE, tooLarge.get().getMessage(), null, path).toResponse()
                    .header("Connection", "close").build();
        }
        var batch = Causes.find(thrown, BatchRefusedException.class);
        if (batch.isPresent()) {
            LOGGER.log(Level.FINE, "Batch to {0} refused: {1}", new Object[] {path, batch.get().getMessage()});
            List<Problem> items = batch.get().refused().stream()
                    .map(refused -> Problem.of(typeOf(refused.refusal()), refused.refusal().getMessage(),
                            itemField(refused.index(), refused.refusal().field()), null))
                    .toList();
            return Problem.ofBatch(batch.get().getMessage(), items, path).toResponse().build();
        }
        var broken = Causes.find(thrown, BusinessRuleException.class);
        if (broken.isPresent()) {
            LOGGER.log(Level.FINE, "Request to {0} refused: {1}", new Object[] {path, broken.get().getMessage()});
            return Problem.of(typeOf(broken.get()), broken.get().getMessage(), broken.get().field(), path)
                    .toResponse().build();
        }
        if (Causes.find(thrown, NoContentException.class).isPresent()) {
            return Problem.of(ProblemType.INVALID_INPUT, "The request has no body; send a JSON object.", null, path)
                    .toResponse().build();
        }
        var malformed = Causes.find(thrown, JsonParsingException.class);
        if (malformed.isPresent()) {
            return Problem.of(ProblemType.MALFORMED_JSON, "The body is not valid JSON" + where(malformed.get()),
                    null, path).toResponse().build();
        }
        var misshapen = Causes.find(thrown, JsonbException.class);
        if (misshapen.isPresent()) {
            return misshapen(thrown, path);
        }
        if (thrown instanceof WebApplicationException web) {
            return fromHttp(web, path);
        }
        if (DatabaseTrouble.isUnavailable(thrown)) {
            LOGGER.log(Level.WARNING, "Request to {0} failed: the database is unavailable ({1})",
                    new Object[] {path, thrown.toString()});
            return Problem.of(ProblemType.UNAVAILABLE, "The database cannot be reached, so nothing was stored."
                            + " Send the request again in a few seconds.", null, path).toResponse()
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        if (DatabaseTrouble.isConstraintViolation(thrown)) {
            LOGGER.log(Level.INFO, "Request to {0} lost a race with another one: {1}",
                    new Object[] {path, thrown.toString()});
            return Problem.of(ProblemType.CONFLICT, "Another request changed the same record at the same moment;"
                    + " nothing was stored. Send the request again.", null, path).toResponse().build();
        }

        String reference = UUID.randomUUID().toString();
        LOGGER.log(Level.SEVERE, "Request to " + path + " failed, reference " + reference, thrown);
        return Problem.of(ProblemType.INTERNAL_ERROR, "The server could not handle the request; it has been logged"
                + " with the reference " + reference + ".", null, path).toResponse().build();
    }

    /** The field of one item of a batch: {@code items[3].score}, or {@code items[3]} for the whole item. */
    private static String itemField(int index, String field) {
        return "items[" + index + "]" + (field == null ? "" : "." + field);
    }

    private static ProblemType typeOf(BusinessRuleException broken) {
        if (broken instanceof NotFoundException) {
            return ProblemType.NOT_FOUND;
        }
        if (broken instanceof ConflictException) {
            return ProblemType.CONFLICT;
        }
        if (broken instanceof UnknownReferenceException) {
            return ProblemType.UNKNOWN_REFERENCE;
        }
        return ProblemType.INVALID_INPUT;
    }

    /** Valid JSON of the wrong shape: a string where an object belongs, a time that is no time. */
    private static Response misshapen(Throwable thrown, String path) {
        String field = fieldNamedIn(thrown);
        String detail;
        if (Causes.find(thrown, DateTimeParseException.class).isPresent()) {
            detail = field + " must be a time in ISO 8601 form, such as 2026-12-03T10:15:00Z.";
        } else if (field != null) {
            detail = field + " has the wrong JSON type for this field.";
        } else {
            detail = "The body must be a JSON object with the fields this API describes.";
        }
        return Problem.of(ProblemType.INVALID_INPUT, detail, field, path).toResponse().build();
    }

    private static String fieldNamedIn(Throwable thrown) {
        List<String> path = new ArrayList<>();
        for (Throwable cause : Causes.chainOf(thrown)) {
            Matcher property = YASSON_PROPERTY.matcher(String.valueOf(cause.getMessage()));
            if (property.find() && (path.isEmpty() || !path.getLast().equals(property.group(1)))) {
                path.add(property.group(1));
            }
        }
        return path.isEmpty() ? null : String.join(".", path);
    }

    private static Response fromHttp(WebApplicationException web, String path) {
        int status = web.getResponse().getStatus();
        Response.ResponseBuilder answer = switch (web) {
            case NotSupportedException unsupported -> Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Send the body as application/json.", null, path).toResponse();
            case NotAllowedException notAllowed -> Problem.of(ProblemType.METHOD_NOT_ALLOWED,
                            "This resource does not answer to this method; see the Allow header.", null, path)
                    .toResponse().allow(notAllowed.getResponse().getAllowedMethods());
            case NotAcceptableException notAcceptable -> Problem.of(ProblemType.NOT_ACCEPTABLE,
                    "This resource answers in application/json only.", null, path).toResponse();
            case jakarta.ws.rs.NotFoundException notFound -> Problem.of(ProblemType.NOT_FOUND,
                    "There is no such resource; the API is described at /openapi.", null, path).toResponse();
            default -> new Problem(URI.create("about:blank"), web.getResponse().getStatusInfo().getReasonPhrase(),
                    status, web.getMessage(), null, path, null).toResponse();
        };
        return answer.build();
    }

    private static String where(JsonParsingException malformed) {
        JsonLocation location = malformed.getLocation();
        if (location == null || location.getLineNumber() < 1) {
            return ".";
        }
        return " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ").";
    }
}
