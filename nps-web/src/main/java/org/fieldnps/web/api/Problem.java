package org.fieldnps.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error the API sends.
 *
 * @param field    the request field at fault, with a dot between levels ({@code customer.email}),
 *                 or a header name; absent when the problem is not about one field
 * @param instance the path of the request that failed
 * @param errors   for a refused batch, each refused item's own problem; absent otherwise
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "field", "instance", "errors"})
@Schema(name = "Problem", description = "An RFC 9457 problem detail.")
public record Problem(
        @Schema(description = "Identifies the kind of problem.", examples = "urn:fieldnps:problem:invalid-input",
                type = SchemaType.STRING, format = "uri")
        URI type,
        @Schema(description = "The same for every problem of this type.", examples = "Invalid input")
        String title,
        @Schema(description = "The HTTP status code.", examples = "400")
        int status,
        @Schema(description = "What is wrong this time, and what is allowed.",
                examples = "The score must be a whole number from 0 to 10.")
        String detail,
        @Schema(description = "The field at fault, if the problem is about one.", examples = "score")
        String field,
        @Schema(description = "The path of the request.", examples = "/api/v1/responses")
        String instance,
        @Schema(description = "For a refused batch, the problem of each refused item, its field named by its"
                + " place in the batch: items[3].score.")
        List<Problem> errors) {

    static final String MEDIA_TYPE = "application/problem+json";
    static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    /** For writing a problem outside JAX-RS, where no message body writer is at hand. */
    private static final Jsonb JSONB = JsonbBuilder.create();

    static Problem of(ProblemType type, String detail, String field, String instance) {
        return new Problem(type.type(), type.title(), type.status(), detail, field, instance, null);
    }

    /** A refused batch: the problem of the whole, listing the problem of each refused item. */
    static Problem ofBatch(String detail, List<Problem> errors, String instance) {
        ProblemType type = ProblemType.BATCH_REFUSED;
        return new Problem(type.type(), type.title(), type.status(), detail, "items", instance, List.copyOf(errors));
    }

    /** The response carrying this problem; statuses JAX-RS has no name for take the title as their reason. */
    Response.ResponseBuilder toResponse() {
        Response.Status known = Response.Status.fromStatusCode(status);
        Response.ResponseBuilder response = known == null ? Response.status(status, title) : Response.status(known);
        return response.type(PROBLEM_JSON).entity(this);
    }

    String toJson() {
        return JSONB.toJson(this);
    }
}
