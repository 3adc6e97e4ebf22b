package org.fieldnps.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldnps.domain.InvalidInputException;
import org.fieldnps.domain.NotFoundException;
import org.fieldnps.persistence.capture.FeedbackCapture;
import org.fieldnps.persistence.capture.RecordedResponse;
import org.fieldnps.reporting.responses.Paging;
import org.fieldnps.reporting.responses.ResponseFilter;
import org.fieldnps.reporting.responses.ResponseParameters;
import org.fieldnps.reporting.responses.ResponseSearch;

/**
 * Customers' answers: sent in from elsewhere, one at a time or in batches, and listed for the
 * systems that follow them up. One answer per request takes in about 540 a second on two cores,
 * most of it spent around each request; a batch of 100 takes in 2,000 to 3,000 a second
 * (BENCHMARKS.md, "Capture"), which is what gateways that collect many answers should send.
 */
@Path("v1/responses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = CaptureApi.RESPONSES_TAG, description = "Customers' answers")
public class ResponsesResource {

    /** Where batches of answers are sent, under this resource. */
    static final String BATCH_PATH = "batch";

    @Inject
    private FeedbackCapture capture;

    @Inject
    private ResponseSearch search;

    @Inject
    private CallingClient client;

    @Context
    private UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an answer collected elsewhere",
            description = "Records the customer's answer to the survey of a job, named by jobId or by the"
                    + " invitation's token. Sending the same answer again returns the first one; a different"
                    + " answer for a job that has one is a conflict. With an Idempotency-Key, a retry of the same"
                    + " request returns the first answer, and the same key with a different body is refused.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "NewResponse")))
    @APIResponse(responseCode = "201", description = "The answer is recorded.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "Response")))
    @APIResponse(responseCode = "200", description = "The same answer was recorded before; this is it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "Response")))
    @APIResponse(responseCode = "400", ref = CaptureApi.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = CaptureApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = CaptureApi.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CaptureApi.CONFLICT)
    @APIResponse(responseCode = "413", ref = CaptureApi.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = CaptureApi.UNSUPPORTED)
    @APIResponse(responseCode = "503", ref = CaptureApi.UNAVAILABLE)
    public Response record(
            @Parameter(description = "A key of your choosing, unique per request, that makes retries safe.",
                    example = "0b6c1a52-5f0e-4c53-9a5e-5b8f3e2d7c11")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            ResponseRequest answer) {
        if (answer == null) {
            throw new InvalidInputException(null, "The request has no body; send a JSON object.");
        }
        ApiClient caller = client.get();

        RecordedResponse recorded = capture.recordResponse(answer.toReport(), caller.idempotencyKey(idempotencyKey));

        ResponseItem item = ResponseItem.of(search.describe(recorded.response()));
        return Response.status(recorded.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .location(UriBuilder.fromUri(uriInfo.getAbsolutePath()).path(Long.toString(item.id())).build())
                .entity(item)
                .build();
    }

    @POST
    @Path(BATCH_PATH)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a batch of answers collected elsewhere",
            description = "Records up to " + FeedbackCapture.MAXIMUM_BATCH + " answers in one request, all or"
                    + " none, for gateways that collect many. Each answer is checked as POST /api/v1/responses"
                    + " checks it; if any is refused, none is recorded and the problem lists every refused answer"
                    + " by its place in the batch (items[3].score). An answer recorded before in the same way is"
                    + " returned as it is, so sending a batch again records nothing twice.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "NewResponseBatch")))
    @APIResponse(responseCode = "200", description = "Every answer is recorded, now or before.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "ResponseBatch")))
    @APIResponse(responseCode = "400", ref = CaptureApi.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = CaptureApi.UNAUTHORIZED)
    @APIResponse(responseCode = "413", ref = CaptureApi.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = CaptureApi.UNSUPPORTED)
    @APIResponse(responseCode = "422", description = "At least one answer was refused, so none was recorded.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "503", ref = CaptureApi.UNAVAILABLE)
    public ResponseBatchAnswer recordBatch(ResponseBatchRequest batch) {
        if (batch == null) {
            throw new InvalidInputException(null, "The request has no body; send a JSON object with items.");
        }

        List<RecordedResponse> recorded = capture.recordResponses(batch.toReports());

        List<ResponseItem> items = search.describe(recorded.stream().map(RecordedResponse::response).toList())
                .stream().map(ResponseItem::of).toList();
        int replayed = (int) recorded.stream().filter(RecordedResponse::replayed).count();
        return new ResponseBatchAnswer(items.size() - replayed, replayed, items);
    }

    @GET
    @Operation(summary = "List recorded responses",
            description = "The responses that match every filter given, newest first, a page at a time.")
    @APIResponse(responseCode = "200", description = "A page of responses and how many match in all.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "ResponseList")))
    @APIResponse(responseCode = "400", ref = CaptureApi.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = CaptureApi.UNAUTHORIZED)
    @APIResponse(responseCode = "503", ref = CaptureApi.UNAVAILABLE)
    public ResponseList list(
            @Parameter(description = "The first day, included (UTC).", example = "2026-11-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "The last day, included (UTC).", example = "2026-11-30",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = "A named period instead of from and to; without any of the three, every day.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"7d", "30d", "90d", "this-month",
                        "last-month", "quarter", "year", "custom"}))
            @QueryParam("period") String period,
            @Parameter(description = "Only the response to this job.", example = "J-1001")
            @QueryParam("jobId") String jobId,
            @Parameter(description = "Only responses attributed to this engineer (the FSM's id).", example = "E001")
            @QueryParam("engineer") String engineer,
            @Parameter(description = "Only responses attributed to this team (its code).")
            @QueryParam("team") String team,
            @Parameter(description = "Only responses attributed to this region (its code).")
            @QueryParam("region") String region,
            @Parameter(description = "Only responses to jobs of this service type (its code).")
            @QueryParam("serviceType") String serviceType,
            @Parameter(description = "Only responses from customers of this tier.", schema = @Schema(
                    type = SchemaType.STRING, enumeration = {"key", "standard", "basic"}))
            @QueryParam("tier") String tier,
            @Parameter(description = "Only responses given through this channel.", schema = @Schema(
                    type = SchemaType.STRING, enumeration = {"email", "sms", "web", "phone", "kiosk"}))
            @QueryParam("channel") String channel,
            @Parameter(description = "Only promoters, passives or detractors under the current cut-offs.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"promoter", "passive", "detractor"}))
            @QueryParam("category") String category,
            @Parameter(description = "Only responses with this score.", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "0", maximum = "10"))
            @QueryParam("score") String score,
            @Parameter(description = "Only responses whose reason contains these words, in any letter case;"
                    + " within a period of at most a year.")
            @QueryParam("q") String text,
            @Parameter(description = "How many responses at most.", schema = @Schema(type = SchemaType.INTEGER,
                    minimum = "1", maximum = "500", defaultValue = "50"))
            @QueryParam("limit") String limit,
            @Parameter(description = "How many matching responses to skip.", schema = @Schema(
                    type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("offset") String offset) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("period", period);
        parameters.put("jobId", jobId);
        parameters.put("engineer", engineer);
        parameters.put("team", team);
        parameters.put("region", region);
        parameters.put("serviceType", serviceType);
        parameters.put("tier", tier);
        parameters.put("channel", channel);
        parameters.put("category", category);
        parameters.put("score", score);
        parameters.put("q", text);
        ResponseFilter filter = ResponseParameters.listFilterOf(parameters, LocalDate.now(ZoneOffset.UTC));
        Paging paging = new Paging(QueryParameters.whole("limit", limit, Paging.DEFAULT_LIMIT),
                QueryParameters.whole("offset", offset, 0));

        return ResponseList.of(search.search(client.get().scope(), filter, paging), paging);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one recorded response")
    @APIResponse(responseCode = "200", description = "The response.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "Response")))
    @APIResponse(responseCode = "401", ref = CaptureApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = CaptureApi.NOT_FOUND)
    public ResponseItem one(
            @Parameter(in = ParameterIn.PATH, required = true, description = "The response's id.", example = "52001",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64"))
            @PathParam("id") String id) {
        long responseId = QueryParameters.whole("id", id, -1);

        return search.find(client.get().scope(), responseId)
                .map(ResponseItem::of)
                .orElseThrow(() -> new NotFoundException("id", "No response has this id."));
    }
}
