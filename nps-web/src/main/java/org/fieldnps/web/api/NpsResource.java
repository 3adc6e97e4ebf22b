package org.fieldnps.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.reporting.figures.Figure;
import org.fieldnps.reporting.figures.FigureFilter;
import org.fieldnps.reporting.figures.Grouping;
import org.fieldnps.reporting.figures.NpsQuery;

/** The NPS of what a client may see, whole or grouped, with the filters of the responses list. */
@Path("v1/nps")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = CaptureApi.FIGURES_TAG, description = "NPS figures")
public class NpsResource {

    @Inject
    private NpsQuery figures;

    @Inject
    private CallingClient client;

    @GET
    @Operation(summary = "NPS of the selected responses",
            description = "The NPS, its margin of error and adjusted-Wald interval, and the promoter, passive and"
                    + " detractor counts of the responses that match every filter; with groupBy, the same for each"
                    + " group. Without from, to or period, the last 90 days. A region, team or engineer that is"
                    + " not known is 404, naming the parameter.")
    @APIResponse(responseCode = "200", description = "The figures.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Nps")))
    @APIResponse(responseCode = "400", ref = CaptureApi.INVALID_INPUT)
    @APIResponse(responseCode = "401", ref = CaptureApi.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = CaptureApi.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = CaptureApi.UNAVAILABLE)
    public NpsAnswer nps(
            @Parameter(description = "The first day, included (UTC).", example = "2026-11-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "The last day, included (UTC); today when left out.", example = "2026-11-30",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = "A named period instead of from and to.", schema = @Schema(
                    type = SchemaType.STRING, enumeration = {"7d", "30d", "90d", "this-month", "last-month",
                        "quarter", "year", "custom"}))
            @QueryParam("period") String period,
            @Parameter(description = "Only responses attributed to this region (its code).")
            @QueryParam("region") String region,
            @Parameter(description = "Only responses attributed to this team (its code).")
            @QueryParam("team") String team,
            @Parameter(description = "Only responses attributed to this engineer (the FSM's id).", example = "E001")
            @QueryParam("engineer") String engineer,
            @Parameter(description = "Only responses to jobs of this service type (its code).")
            @QueryParam("serviceType") String serviceType,
            @Parameter(description = "Only responses from customers of this tier.", schema = @Schema(
                    type = SchemaType.STRING, enumeration = {"key", "standard", "basic"}))
            @QueryParam("tier") String tier,
            @Parameter(description = "Only responses given through this channel.", schema = @Schema(
                    type = SchemaType.STRING, enumeration = {"email", "sms", "web", "phone", "kiosk"}))
            @QueryParam("channel") String channel,
            @Parameter(description = "Also give the figures of each group.", schema = @Schema(
                    type = SchemaType.STRING, enumeration = {"region", "team", "engineer", "serviceType",
                        "customerTier", "channel", "week", "month"}))
            @QueryParam("groupBy") String groupBy) {
        Grouping grouping = Grouping.parse(groupBy);
        FigureFilter filter = FigureFilter.parse(period, from, to, region, team, engineer, serviceType, tier,
                channel, Clock.systemUTC());
        AccessScope scope = client.get().scope();

        Figure overall = figures.overall(scope, filter);
        List<Figure> groups = grouping == null ? List.of() : figures.groupedBy(scope, filter, grouping);
        return NpsAnswer.of(filter, overall, groups);
    }
}
