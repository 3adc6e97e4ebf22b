package org.fieldnps.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldnps.domain.InvalidInputException;
import org.fieldnps.persistence.capture.FeedbackCapture;
import org.fieldnps.persistence.capture.RegisteredJob;

/** Completed jobs, reported by the field-service system, and the invitations they lead to. */
@Path("v1/jobs")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = CaptureApi.JOBS_TAG, description = "Completed jobs and their survey invitations")
public class JobsResource {

    @Inject
    private FeedbackCapture capture;

    @Inject
    private SurveyLinks links;

    @POST
    @Operation(summary = "Register a completed job",
            description = "Registers the job and decides whether its customer is asked: a customer who opted out"
                    + " is never asked, and one asked recently (30 days unless an admin changed it) not again"
                    + " yet. The answer is the invitation, with the survey link to send. Sending the same jobId"
                    + " again returns the same invitation and changes nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "Job")))
    @APIResponse(responseCode = "201", description = "The job is registered; this is its invitation.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "Invitation")))
    @APIResponse(responseCode = "200", description = "The job was registered before; this is its invitation.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "Invitation")))
    @APIResponse(responseCode = "400", ref = CaptureApi.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = CaptureApi.UNAUTHORIZED)
    @APIResponse(responseCode = "413", ref = CaptureApi.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = CaptureApi.UNSUPPORTED)
    @APIResponse(responseCode = "422", ref = CaptureApi.UNKNOWN_REFERENCE)
    @APIResponse(responseCode = "503", ref = CaptureApi.UNAVAILABLE)
    public Response register(JobRequest job) {
        if (job == null) {
            throw new InvalidInputException(null, "The request has no body; send a JSON object.");
        }

        RegisteredJob registered = capture.registerJob(job.toReport());

        InvitationAnswer answer = InvitationAnswer.of(job.jobId().strip(), registered, links);
        return Response.status(registered.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(answer)
                .build();
    }
}
