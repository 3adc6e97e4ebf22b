package org.fieldnps.domain.capture;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.fieldnps.domain.InvalidInputException;

/**
 * When a customer is asked, reminded, and how long they may answer and change their answer.
 *
 * <p>Asking the same customer after every visit wears out their goodwill and skews the score
 * toward those who like filling in forms, so a customer invited within {@code fatigueDays} is
 * not asked again. A customer who opted out is never asked.
 *
 * @param fatigueDays          days after an invitation during which the same customer is not
 *                             invited again (0 turns the rule off)
 * @param reminderDays         days after the invitation when one reminder goes out if there is
 *                             no answer
 * @param expiryDays           days after the invitation when the survey link stops working
 * @param changeWindowMinutes  minutes after answering during which the customer may still
 *                             change the answer from the survey page
 */
public record SurveyRules(int fatigueDays, int reminderDays, int expiryDays, int changeWindowMinutes) {

    public static final SurveyRules DEFAULT = new SurveyRules(30, 3, 14, 30);

    private static final int MAXIMUM_DAYS = 365;

    public SurveyRules {
        requireWithin("fatigueDays", fatigueDays, 0, MAXIMUM_DAYS);
        requireWithin("expiryDays", expiryDays, 1, MAXIMUM_DAYS);
        requireWithin("reminderDays", reminderDays, 1, MAXIMUM_DAYS);
        requireWithin("changeWindowMinutes", changeWindowMinutes, 0, 24 * 60);
        if (reminderDays >= expiryDays) {
            throw new InvalidInputException("reminderDays", "The reminder must go out before the survey expires:"
                    + " reminder after " + reminderDays + " days, expiry after " + expiryDays + " days.");
        }
    }

    /** Whether to invite a customer for a job completed now, and if not, why not. */
    public InvitationDecision decide(boolean optedOut, Optional<Instant> lastInvitedAt, Instant now) {
        if (optedOut) {
            return InvitationDecision.OPTED_OUT;
        }
        boolean invitedRecently = lastInvitedAt
                .map(last -> last.plus(Duration.ofDays(fatigueDays)).isAfter(now))
                .orElse(false);
        return invitedRecently ? InvitationDecision.INVITED_RECENTLY : InvitationDecision.INVITE;
    }

    public Instant expiryOf(Instant invitedAt) {
        return invitedAt.plus(Duration.ofDays(expiryDays));
    }

    public boolean reminderDue(Instant invitedAt, Instant now) {
        return !invitedAt.plus(Duration.ofDays(reminderDays)).isAfter(now);
    }

    /** Whether an answer given at {@code answeredAt} may still be changed. */
    public boolean mayChange(Instant answeredAt, Instant now) {
        return answeredAt.plus(Duration.ofMinutes(changeWindowMinutes)).isAfter(now);
    }

    private static void requireWithin(String field, int value, int minimum, int maximum) {
        if (value < minimum || value > maximum) {
            throw new InvalidInputException(field,
                    field + " must be from " + minimum + " to " + maximum + "; " + value + " is not.");
        }
    }
}
