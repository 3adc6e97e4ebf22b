package org.fieldnps.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.fieldnps.persistence.capture.Invitation;
import org.fieldnps.persistence.capture.RegisteredJob;

/** The answer to {@code POST /api/v1/jobs}: the invitation the job led to. */
@JsonbPropertyOrder({"id", "jobId", "state", "invited", "reason", "channel", "surveyUrl", "expiresAt"})
@Schema(name = "Invitation", description = "The survey invitation for a job, or why the customer is not asked.")
public record InvitationAnswer(
        @Schema(description = "The invitation's id.", examples = "1234", type = SchemaType.INTEGER, format = "int64")
        long id,
        @Schema(description = "The job it is for.", examples = "J-1001")
        String jobId,
        @Schema(description = "Where the invitation is in its life.", examples = "pending",
                enumeration = {"pending", "sent", "reminded", "answered", "expired", "suppressed"})
        String state,
        @Schema(description = "Whether the customer is asked at all.", examples = "true")
        boolean invited,
        @Schema(description = "Why the customer is not asked; absent when invited.",
                examples = "Not invited: the customer was asked recently and is not asked again so soon.")
        String reason,
        @Schema(description = "How the customer is asked.", examples = "email", enumeration = {"email", "sms"})
        String channel,
        @Schema(description = "The survey link to give the customer, short enough for an SMS; absent when"
                + " the customer is not asked.", examples = "http://localhost:8080/s/Hq3m0cJ9xW2bY7rT1uV5aZ8d")
        String surveyUrl,
        @Schema(description = "When the link stops working; absent when the customer is not asked.",
                examples = "2026-12-17T10:15:00Z", type = SchemaType.STRING, format = "date-time")
        Instant expiresAt) {

    static InvitationAnswer of(String jobId, RegisteredJob registered, SurveyLinks links) {
        Invitation invitation = registered.invitation();
        boolean invited = registered.decision().invites();
        if (!invited) {
            return new InvitationAnswer(invitation.getId(), jobId, lowerCase(invitation.getState()), false,
                    registered.decision().explanation(), lowerCase(invitation.getChannel()), null, null);
        }
        // Whole seconds, so that the first answer and a repeat read back from the database agree.
        return new InvitationAnswer(invitation.getId(), jobId, lowerCase(invitation.getState()), true, null,
                lowerCase(invitation.getChannel()), links.surveyUrl(invitation.getToken()),
                invitation.getExpiresAt().truncatedTo(ChronoUnit.SECONDS));
    }

    static String lowerCase(Enum<?> constant) {
        return constant == null ? null : constant.name().toLowerCase(Locale.ROOT);
    }
}
