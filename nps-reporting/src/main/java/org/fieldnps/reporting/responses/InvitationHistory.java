package org.fieldnps.reporting.responses;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fieldnps.domain.capture.Channel;
import org.fieldnps.domain.capture.InvitationDecision;
import org.fieldnps.persistence.capture.Invitation;
import org.fieldnps.persistence.capture.InvitationState;

/**
 * What happened to the survey invitation of a job, step by step: created, sent, reminded, then
 * answered or expired, or suppressed with the reason why nobody was asked.
 *
 * @param suppressedBecause why the invitation was not sent, or {@code null} if it was meant to go
 * @param sendAttempts      how many sends failed before the last state was reached
 */
public record InvitationHistory(Channel channel, InvitationState state, Instant createdAt, Instant sentAt,
        Instant remindedAt, Instant expiresAt, Instant answeredAt, InvitationDecision suppressedBecause,
        int sendAttempts) {

    /** One step of the history, oldest first. */
    public record Step(Instant at, String what) {
    }

    static InvitationHistory of(Invitation invitation) {
        return new InvitationHistory(invitation.getChannel(), invitation.getState(), invitation.getCreatedAt(),
                invitation.getSentAt(), invitation.getRemindedAt(), invitation.getExpiresAt(),
                invitation.getAnsweredAt(), invitation.getSuppressedBecause(), invitation.getSendAttempts());
    }

    /** The steps in the order they happened. */
    public List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(createdAt, "Created"));
        if (state == InvitationState.SUPPRESSED) {
            steps.add(new Step(createdAt, suppressedBecause == null
                    ? "Not sent." : suppressedBecause.explanation()));
        }
        if (sentAt != null) {
            steps.add(new Step(sentAt, "Sent (" + channel.label() + ")"));
        }
        if (remindedAt != null) {
            steps.add(new Step(remindedAt, "Reminded"));
        }
        if (answeredAt != null) {
            steps.add(new Step(answeredAt, "Answered"));
        }
        if (state == InvitationState.EXPIRED) {
            steps.add(new Step(expiresAt, "Expired unanswered"));
        }
        steps.sort(Comparator.comparing(Step::at));
        return List.copyOf(steps);
    }
}
