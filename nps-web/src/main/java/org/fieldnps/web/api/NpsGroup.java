package org.fieldnps.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldnps.reporting.figures.Figure;

/** The NPS of one set of responses, as the figures API shows it. */
@JsonbPropertyOrder({"key", "label", "n", "promoters", "passives", "detractors", "nps", "marginOfError", "low",
    "high"})
@Schema(name = "NpsGroup", description = "The NPS of a set of responses with its uncertainty.")
public record NpsGroup(
        @Schema(description = "What names the group in a filter: a region or team code, an engineer's FSM id,"
                + " a service type code, a tier or channel, the Monday of a week or a month (2026-11); `all` for"
                + " the whole selection.", examples = "NW")
        String key,
        @Schema(description = "The group's name.", examples = "North West")
        String label,
        @Schema(description = "How many responses.", type = SchemaType.INTEGER, format = "int64", examples = "412")
        long n,
        @Schema(type = SchemaType.INTEGER, format = "int64")
        long promoters,
        @Schema(type = SchemaType.INTEGER, format = "int64")
        long passives,
        @Schema(type = SchemaType.INTEGER, format = "int64")
        long detractors,
        @Schema(description = "% promoters - % detractors, from -100 to 100; 0 when n is 0.", examples = "38.5")
        double nps,
        @Schema(description = "1.96 standard errors of nps.", examples = "7.9")
        double marginOfError,
        @Schema(description = "Lower end of the adjusted-Wald 95% interval.", examples = "30.4")
        double low,
        @Schema(description = "Upper end of the adjusted-Wald 95% interval.", examples = "46.1")
        double high) {

    static NpsGroup of(Figure figure) {
        return new NpsGroup(figure.key(), figure.label(), figure.n(), figure.promoters(), figure.passives(),
                figure.detractors(), figure.nps(), figure.marginOfError(), figure.low(), figure.high());
    }
}
