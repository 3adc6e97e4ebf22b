package org.fieldnps.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.fieldnps.domain.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The period parameters against a clock on Thursday 3 December 2026, late in the UTC day. */
class PeriodTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T23:30:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0} runs from {1} to {2}, after {3} to {4}")
    @CsvSource({
        "7d,         2026-11-27, 2026-12-03, 2026-11-20, 2026-11-26",
        "30d,        2026-11-04, 2026-12-03, 2026-10-05, 2026-11-03",
        "90d,        2026-09-05, 2026-12-03, 2026-06-07, 2026-09-04",
        "this-month, 2026-12-01, 2026-12-03, 2026-11-01, 2026-11-03",
        "last-month, 2026-11-01, 2026-11-30, 2026-10-01, 2026-10-31",
        "quarter,    2026-10-01, 2026-12-03, 2026-07-01, 2026-09-03",
        "year,       2026-01-01, 2026-12-03, 2025-01-01, 2025-12-03",
    })
    void namedPeriodsEndTodayOrLastMonthAndComeAfterTheirLikes(String code, LocalDate first, LocalDate last,
            LocalDate previousFirst, LocalDate previousLast) {
        Period period = Period.parse(code, null, null, CLOCK);

        assertThat(period.first()).isEqualTo(first);
        assertThat(period.last()).isEqualTo(last);
        assertThat(period.previous().first()).isEqualTo(previousFirst);
        assertThat(period.previous().last()).isEqualTo(previousLast);
    }

    @Test
    void noPeriodIsTheLastThirtyDaysAndDatesAloneAreACustomRange() {
        assertThat(Period.parse(null, null, null, CLOCK).code()).isEqualTo("90d");

        Period custom = Period.parse(null, "2026-03-01", "2026-03-31", CLOCK);

        assertThat(custom.code()).isEqualTo("custom");
        assertThat(custom.days()).isEqualTo(31);
        assertThat(custom.previous()).isEqualTo(Period.between(LocalDate.of(2026, 1, 29),
                LocalDate.of(2026, 2, 28)));
        assertThat(Period.parse("custom", "2026-11-01", null, CLOCK).last()).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @ParameterizedTest(name = "{0} / {1} / {2} is refused naming {3}")
    @CsvSource({
        "fortnight,  ,           ,           period",
        "custom,     ,           2026-11-01, from",
        ",           2026-13-01, ,           from",
        ",           2026-11-01, yesterday,  to",
        ",           2026-11-02, 2026-11-01, to",
        ",           1900-01-01, 2026-11-01, from",
    })
    void badParametersAreRefusedNamingTheField(String period, String from, String to, String field) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> Period.parse(period, from, to, CLOCK));

        assertThat(refused).isNotNull();
        assertThat(refused.field()).isEqualTo(field);
    }

    @Test
    void groupingAndFilterCodesAreReadInAnyCaseAndRefusedByName() {
        assertThat(Grouping.parse("SERVICETYPE")).isEqualTo(Grouping.SERVICE_TYPE);
        assertThat(Grouping.parse(" ")).isNull();
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> Grouping.parse("colour")).field())
                .isEqualTo("groupBy");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> FigureFilter.parse(null, null, null,
                null, null, null, null, "gold", null, CLOCK)).field()).isEqualTo("tier");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> FigureFilter.parse(null, null, null,
                null, null, null, null, null, "pigeon", CLOCK)).field()).isEqualTo("channel");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> FigureFilter.parse(null, null, null,
                "R".repeat(61), null, null, null, null, null, CLOCK)).field()).isEqualTo("region");
    }
}
