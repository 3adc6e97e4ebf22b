package org.fieldnps.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldnps.reporting.figures.Figure;
import org.fieldnps.reporting.figures.FigureFilter;

/** The answer to {@code GET /api/v1/nps}: the NPS of the selection, and of each group when asked. */
@JsonbPropertyOrder({"from", "to", "overall", "groups"})
@Schema(name = "Nps", description = "The NPS of the selected responses, whole and grouped.")
public record NpsAnswer(
        @Schema(description = "The first day counted (UTC).", examples = "2026-11-01")
        LocalDate from,
        @Schema(description = "The last day counted (UTC), included.", examples = "2026-11-30")
        LocalDate to,
        NpsGroup overall,
        @Schema(description = "One entry per group when groupBy is given, else empty. Weeks and months are all"
                + " those the period touches; other groups are those with responses.")
        List<NpsGroup> groups) {

    static NpsAnswer of(FigureFilter filter, Figure overall, List<Figure> groups) {
        return new NpsAnswer(filter.from(), filter.to(), NpsGroup.of(overall),
                groups.stream().map(NpsGroup::of).toList());
    }
}
