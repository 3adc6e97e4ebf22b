package org.fieldnps.reporting.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.fieldnps.domain.InvalidInputException;
import org.fieldnps.domain.capture.Channel;
import org.fieldnps.domain.organisation.CustomerTier;
import org.junit.jupiter.api.Test;

class ThemeSelectionTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void periodsEndTodayAndIncludeBothEnds() {
        assertThat(days(Map.of())).containsExactly("2026-09-05", "2026-12-03");
        assertThat(days(Map.of("period", "7d"))).containsExactly("2026-11-27", "2026-12-03");
        assertThat(days(Map.of("period", "this-month"))).containsExactly("2026-12-01", "2026-12-03");
        assertThat(days(Map.of("period", "last-month"))).containsExactly("2026-11-01", "2026-11-30");
        assertThat(days(Map.of("period", "quarter"))).containsExactly("2026-10-01", "2026-12-03");
        assertThat(days(Map.of("period", "year"))).containsExactly("2026-01-01", "2026-12-03");
        assertThat(days(Map.of("from", "2026-11-02", "to", "2026-11-09"))).containsExactly("2026-11-02", "2026-11-09");
    }

    @Test
    void filtersAreReadAndWrittenBackUnderTheSameNames() {
        Map<String, String> parameters = Map.of("period", "custom", "from", "2026-11-02", "to", "2026-11-09",
                "region", "NW", "team", " LIV ", "engineer", "E007", "serviceType", "repair", "tier", "KEY",
                "channel", "sms");

        ThemeSelection selection = ThemeSelection.fromParameters(parameters, CLOCK);

        assertThat(selection.teamCode()).isEqualTo("LIV");
        assertThat(selection.tier()).isEqualTo(CustomerTier.KEY);
        assertThat(selection.channel()).isEqualTo(Channel.SMS);
        assertThat(selection.parameters()).containsExactly(Map.entry("period", "custom"),
                Map.entry("from", "2026-11-02"), Map.entry("to", "2026-11-09"), Map.entry("region", "NW"),
                Map.entry("team", "LIV"), Map.entry("engineer", "E007"), Map.entry("serviceType", "repair"),
                Map.entry("tier", "key"), Map.entry("channel", "sms"));
    }

    @Test
    void badValuesAreRefusedByName() {
        assertRefused(Map.of("period", "fortnight"), "period");
        assertRefused(Map.of("from", "3.12.2026"), "from");
        assertRefused(Map.of("from", "2026-12-03", "to", "2026-12-01"), "to");
        assertRefused(Map.of("period", "custom"), "from");
        assertRefused(Map.of("channel", "pigeon"), "channel");
        assertRefused(Map.of("team", "x".repeat(65)), "team");
    }

    private static void assertRefused(Map<String, String> parameters, String field) {
        assertThatThrownBy(() -> ThemeSelection.fromParameters(parameters, CLOCK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private static String[] days(Map<String, String> parameters) {
        ThemeSelection selection = ThemeSelection.fromParameters(parameters, CLOCK);
        LocalDate from = selection.from();
        return new String[] {from.toString(), selection.to().toString()};
    }
}
