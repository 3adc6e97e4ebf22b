package org.fieldnps.web.api;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldnps.persistence.capture.ResponseReport;

/** The body of {@code POST /api/v1/responses}: an answer collected outside the survey page. */
@Schema(name = "NewResponse", description = "A customer's answer collected elsewhere (SMS gateway, call centre,"
        + " kiosk). Name the job by jobId or by the invitation's token.", requiredProperties = "score")
public record ResponseRequest(
        @Schema(description = "The invitation's token, from the survey link.", examples = "Hq3m0cJ9xW2bY7rT1uV5aZ8d")
        String token,
        @Schema(description = "The field-service system's id of the job.", examples = "J-1001")
        String jobId,
        @Schema(description = "How likely the customer is to recommend us, as a JSON integer.", examples = "9",
                type = SchemaType.INTEGER, minimum = "0", maximum = "10")
        @JsonbTypeDeserializer(WholeScore.class)
        Integer score,
        @Schema(description = "The customer's reason for the score, as typed.", examples = "On time and tidy.",
                maxLength = 2000)
        String reason,
        @Schema(description = "How the answer was collected; the invitation's channel when absent.",
                examples = "sms", enumeration = {"email", "sms", "web", "phone", "kiosk"})
        String channel,
        @Schema(description = "When the customer answered; now when absent.", examples = "2026-12-03T11:02:00Z",
                type = SchemaType.STRING, format = "date-time")
        Instant receivedAt) {

    ResponseReport toReport() {
        return new ResponseReport(token, jobId, score, reason, channel, receivedAt);
    }
}
