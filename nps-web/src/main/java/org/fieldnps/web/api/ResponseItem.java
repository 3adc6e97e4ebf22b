package org.fieldnps.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldnps.reporting.responses.ResponseRow;

/**
 * A recorded response as the API shows it. The organisation is named by the ids the
 * field-service system knows: its engineer ids, and the codes of teams, regions and service
 * types. The reason is the customer's text exactly as typed; JSON escaping is all it needs here.
 */
@JsonbPropertyOrder({"id", "jobId", "score", "category", "reason", "channel", "receivedAt", "changedAt",
    "engineerId", "teamId", "regionId", "serviceType", "customerTier"})
@Schema(name = "Response", description = "A customer's recorded answer and whom it is attributed to.")
public record ResponseItem(
        @Schema(description = "The response's id.", examples = "52001", type = SchemaType.INTEGER, format = "int64")
        long id,
        @Schema(description = "The field-service system's id of the job.", examples = "J-1001")
        String jobId,
        @Schema(description = "The score from 0 to 10.", examples = "9", minimum = "0", maximum = "10")
        int score,
        @Schema(description = "Derived from the score under the current cut-offs.", examples = "promoter",
                enumeration = {"promoter", "passive", "detractor"})
        String category,
        @Schema(description = "The customer's reason, as typed.", examples = "On time and tidy.")
        String reason,
        @Schema(description = "How the answer reached us.", examples = "email",
                enumeration = {"email", "sms", "web", "phone", "kiosk"})
        String channel,
        @Schema(description = "When the customer answered.", type = SchemaType.STRING, format = "date-time",
                examples = "2026-12-03T11:02:00Z")
        Instant receivedAt,
        @Schema(description = "When the customer last changed the answer, if they did.", type = SchemaType.STRING,
                format = "date-time", examples = "2026-12-03T11:09:00Z")
        Instant changedAt,
        @Schema(description = "The field-service system's id of the engineer, at the time of the job.",
                examples = "E001")
        String engineerId,
        @Schema(description = "The code of the engineer's team at the time of the job.", examples = "NW-LIV")
        String teamId,
        @Schema(description = "The code of the team's region at the time of the job.", examples = "NW")
        String regionId,
        @Schema(description = "The code of the kind of visit.", examples = "repair")
        String serviceType,
        @Schema(description = "The customer's tier at the time of the job.", examples = "standard",
                enumeration = {"key", "standard", "basic"})
        String customerTier) {

    static ResponseItem of(ResponseRow row) {
        return new ResponseItem(row.id(), row.jobId(), row.score(), InvitationAnswer.lowerCase(row.category()),
                row.reason(), InvitationAnswer.lowerCase(row.channel()), row.receivedAt(), row.changedAt(),
                row.engineerId(), row.teamCode(), row.regionCode(), row.serviceType(),
                InvitationAnswer.lowerCase(row.customerTier()));
    }
}
