package org.fieldnps.domain.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.fieldnps.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class SurveyRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final SurveyRules RULES = SurveyRules.DEFAULT;

    @Test
    void invitesACustomerNeverAskedBefore() {
        assertThat(RULES.decide(false, Optional.empty(), NOW)).isEqualTo(InvitationDecision.INVITE);
    }

    @Test
    void neverInvitesACustomerWhoOptedOut() {
        assertThat(RULES.decide(true, Optional.empty(), NOW)).isEqualTo(InvitationDecision.OPTED_OUT);
    }

    @Test
    void doesNotAskAgainWithinTheFatiguePeriod() {
        Instant twentyNineDaysAgo = NOW.minus(Duration.ofDays(29));
        Instant thirtyDaysAgo = NOW.minus(Duration.ofDays(30));

        assertThat(RULES.decide(false, Optional.of(twentyNineDaysAgo), NOW))
                .isEqualTo(InvitationDecision.INVITED_RECENTLY);
        assertThat(RULES.decide(false, Optional.of(thirtyDaysAgo), NOW)).isEqualTo(InvitationDecision.INVITE);
    }

    @Test
    void remindsAfterThreeDaysAndExpiresAfterFourteen() {
        Instant invited = NOW.minus(Duration.ofDays(3));

        assertThat(RULES.reminderDue(invited, NOW)).isTrue();
        assertThat(RULES.reminderDue(invited.plusSeconds(1), NOW)).isFalse();
        assertThat(RULES.expiryOf(invited)).isEqualTo(invited.plus(Duration.ofDays(14)));
    }

    @Test
    void answerMayBeChangedOnlyWithinTheWindow() {
        assertThat(RULES.mayChange(NOW.minus(Duration.ofMinutes(29)), NOW)).isTrue();
        assertThat(RULES.mayChange(NOW.minus(Duration.ofMinutes(30)), NOW)).isFalse();
    }

    @Test
    void refusesAReminderThatWouldComeAfterExpiry() {
        assertThatThrownBy(() -> new SurveyRules(30, 14, 14, 30))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("before the survey expires")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("reminderDays");
    }

    @Test
    void refusesNegativeFatigue() {
        assertThatThrownBy(() -> new SurveyRules(-1, 3, 14, 30))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("fatigueDays must be from 0 to 365; -1 is not.");
    }
}
