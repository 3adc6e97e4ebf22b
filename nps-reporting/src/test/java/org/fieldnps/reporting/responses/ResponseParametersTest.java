package org.fieldnps.reporting.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.fieldnps.domain.InvalidInputException;
import org.fieldnps.domain.capture.Channel;
import org.fieldnps.domain.organisation.CustomerTier;
import org.fieldnps.domain.scoring.Category;
import org.junit.jupiter.api.Test;

class ResponseParametersTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-12-03");

    @Test
    void periodsResolveToWholeDaysEndingTodayOrAtTheEndOfLastMonth() {
        assertDays("7d", "2026-11-27", "2026-12-03");
        assertDays("30d", "2026-11-04", "2026-12-03");
        assertDays("90d", "2026-09-05", "2026-12-03");
        assertDays("this-month", "2026-12-01", "2026-12-03");
        assertDays("last-month", "2026-11-01", "2026-11-30");
        assertDays("quarter", "2026-10-01", "2026-12-03");
        assertDays("year", "2026-01-01", "2026-12-03");
    }

    @Test
    void withoutAPeriodTheDaysGivenCountAndWithoutEitherTheDefaultDoes() {
        ResponseFilter custom = ResponseParameters.filterOf(Map.of("from", "2026-02-01"), TODAY);
        ResponseFilter none = ResponseParameters.filterOf(Map.of(), TODAY);

        assertThat(custom.from()).isEqualTo(LocalDate.parse("2026-02-01"));
        assertThat(custom.to()).isNull();
        assertThat(none.from()).isEqualTo(LocalDate.parse("2026-09-05"));
    }

    @Test
    void theApiListRunsOverEveryDayUnlessAskedOtherwiseAndReadsTheJob() {
        ResponseFilter none = ResponseParameters.listFilterOf(Map.of(), TODAY);
        ResponseFilter named = ResponseParameters.listFilterOf(Map.of("period", "30d", "jobId", "J-1001",
                "tier", "basic"), TODAY);

        assertThat(none).isEqualTo(ResponseFilter.everything());
        assertThat(named).isEqualTo(new ResponseFilter(LocalDate.parse("2026-11-04"), TODAY, "J-1001", null,
                null, null, null, null, CustomerTier.BASIC, null, null, null));
        assertThatThrownBy(() -> ResponseParameters.listFilterOf(Map.of("q", "late"), TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("q"));
    }

    @Test
    void readsEveryDimensionByItsSharedName() {
        ResponseFilter filter = ResponseParameters.filterOf(Map.of("region", "NW", "team", "LIV",
                "engineer", "E007", "serviceType", "REPAIR", "tier", "key", "channel", "sms",
                "category", "detractor", "score", "3", "q", " late "), TODAY);

        assertThat(filter).isEqualTo(new ResponseFilter(LocalDate.parse("2026-09-05"), TODAY, null, "E007",
                "LIV", "NW", Category.DETRACTOR, "REPAIR", CustomerTier.KEY, Channel.SMS, 3, "late"));
    }

    @Test
    void badValuesAreRefusedNamingTheirParameter() {
        assertRefused(Map.of("from", "3.12.2026"), "from");
        assertRefused(Map.of("to", "tomorrow"), "to");
        assertRefused(Map.of("period", "custom", "from", "2026-12-02", "to", "2026-12-01"), "to");
        assertRefused(Map.of("period", "fortnight"), "period");
        assertRefused(Map.of("score", "11"), "score");
        assertRefused(Map.of("score", "nine"), "score");
        assertRefused(Map.of("category", "angry"), "category");
        assertRefused(Map.of("tier", "gold"), "tier");
        assertRefused(Map.of("channel", "pigeon"), "channel");
        assertRefused(Map.of("q", "x".repeat(ResponseFilter.MAXIMUM_TEXT_LENGTH + 1)), "q");
    }

    @Test
    void wordsAreSearchedForWithinAYearAtMost() {
        assertThat(ResponseParameters.filterOf(Map.of("period", "year", "q", "late"), TODAY).text())
                .isEqualTo("late");
        assertThat(ResponseParameters.filterOf(Map.of("from", "2025-12-03", "q", "late"), TODAY).text())
                .isEqualTo("late");
        assertThat(ResponseParameters.filterOf(Map.of("period", "custom", "q", " "), TODAY).text()).isNull();
        assertRefused(Map.of("from", "2025-12-02", "q", "late"), "q");
        assertRefused(Map.of("period", "custom", "to", "2026-11-30", "q", "late"), "q");
    }

    @Test
    void periodsAreReadInAnyLetterCaseAndOtherParametersAreLeftAlone() {
        ResponseFilter filter = ResponseParameters.filterOf(Map.of("period", "LAST-MONTH", "groupBy", "team"),
                TODAY);

        assertThat(filter.from()).isEqualTo(LocalDate.parse("2026-11-01"));
        assertThat(filter.to()).isEqualTo(LocalDate.parse("2026-11-30"));
    }

    private static void assertDays(String period, String from, String to) {
        ResponseFilter filter = ResponseParameters.filterOf(Map.of("period", period), TODAY);

        assertThat(filter.from()).as(period).isEqualTo(LocalDate.parse(from));
        assertThat(filter.to()).as(period).isEqualTo(LocalDate.parse(to));
    }

    private static void assertRefused(Map<String, String> parameters, String field) {
        assertThatThrownBy(() -> ResponseParameters.filterOf(parameters, TODAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
