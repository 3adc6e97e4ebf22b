package org.fieldnps.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API, served under {@code /api}. Versions are the first path segment
 * ({@code /api/v1/...}) rather than part of the application path, so that a mistyped or retired
 * version still gets a problem detail in JSON and not the portal's HTML error page.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "NPS for field service", version = "1",
                description = "Register completed jobs to get survey invitations, send in answers collected"
                        + " elsewhere, list recorded responses and read their NPS. Every call needs an API key,"
                        + " sent as"
                        + " `Authorization: Bearer <key>`. Errors are RFC 9457 problem details"
                        + " (`application/problem+json`) that name the field at fault in `field`."),
        security = @SecurityRequirement(name = CaptureApi.API_KEY),
        components = @Components(
                schemas = {
                    @Schema(name = "Job", implementation = JobRequest.class),
                    @Schema(name = "Invitation", implementation = InvitationAnswer.class),
                    @Schema(name = "NewResponse", implementation = ResponseRequest.class),
                    @Schema(name = "Response", implementation = ResponseItem.class),
                    @Schema(name = "ResponseList", implementation = ResponseList.class),
                    @Schema(name = "Nps", implementation = NpsAnswer.class),
                    @Schema(name = "NpsGroup", implementation = NpsGroup.class),
                    @Schema(name = "Problem", implementation = Problem.class)
                },
                responses = {
            @APIResponse(name = CaptureApi.INVALID_INPUT, description = "A field is missing, malformed or out of"
                    + " range, or the body is not valid JSON; `field` names the field.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
            @APIResponse(name = CaptureApi.UNAUTHORIZED, description = "No API key, or one that is not valid.",
                    headers = @Header(name = "WWW-Authenticate", schema = @Schema(type = SchemaType.STRING)),
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
            @APIResponse(name = CaptureApi.NOT_FOUND, description = "The job, token or response named is not known.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
            @APIResponse(name = CaptureApi.CONFLICT, description = "The request contradicts what is recorded.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
            @APIResponse(name = CaptureApi.TOO_LARGE, description = "The body is larger than 64 KB.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
            @APIResponse(name = CaptureApi.UNSUPPORTED, description = "The body is not sent as application/json.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
            @APIResponse(name = CaptureApi.UNKNOWN_REFERENCE, description = "The body names an engineer or service"
                    + " type that is not known; `field` says which.",
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"))),
            @APIResponse(name = CaptureApi.UNAVAILABLE, description = "The database cannot be reached; nothing was"
                    + " stored. Retry after the seconds in Retry-After.",
                    headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
                    content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
        }))
@SecurityScheme(securitySchemeName = CaptureApi.API_KEY, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key issued by an administrator, or the one set with NPS_BOOTSTRAP_API_KEY.")
public class CaptureApi extends Application {

    static final String API_KEY = "apiKey";
    static final String JOBS_TAG = "Jobs";
    static final String RESPONSES_TAG = "Responses";
    static final String FIGURES_TAG = "Figures";

    static final String INVALID_INPUT = "InvalidInput";
    static final String UNAUTHORIZED = "Unauthorized";
    static final String NOT_FOUND = "NotFound";
    static final String CONFLICT = "Conflict";
    static final String TOO_LARGE = "BodyTooLarge";
    static final String UNSUPPORTED = "UnsupportedMediaType";
    static final String UNKNOWN_REFERENCE = "UnknownReference";
    static final String UNAVAILABLE = "Unavailable";

    /**
     * Error statuses are written as responses, never through the servlet's sendError, which would
     * hand them to the portal's HTML error pages.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.response.setStatusOverSendError", true);
    }
}
