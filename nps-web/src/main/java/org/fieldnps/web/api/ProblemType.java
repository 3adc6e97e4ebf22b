package org.fieldnps.web.api;

import java.net.URI;

/**
 * The kinds of problem the API reports, each with the status it is sent with and a title that
 * stays the same from one occurrence to the next (RFC 9457); what differs goes in the detail.
 */
enum ProblemType {
    INVALID_INPUT(400, "invalid-input", "Invalid input"),
    MALFORMED_JSON(400, "malformed-json", "Malformed JSON"),
    UNAUTHORIZED(401, "unauthorized", "Missing or invalid API key"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    BODY_TOO_LARGE(413, "body-too-large", "Body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    UNKNOWN_REFERENCE(422, "unknown-reference", "Unknown reference"),
    BATCH_REFUSED(422, "batch-refused", "Batch refused"),
    INTERNAL_ERROR(500, "internal-error", "Internal error"),
    UNAVAILABLE(503, "unavailable", "Service unavailable");

    private final int status;
    private final URI type;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.type = URI.create("urn:fieldnps:problem:" + slug);
        this.title = title;
    }

    int status() {
        return status;
    }

    URI type() {
        return type;
    }

    String title() {
        return title;
    }
}
