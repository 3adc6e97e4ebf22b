package org.fieldnps.reporting.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A stretch of time that figures are computed over: from its start (inclusive) to its end
 * (exclusive). The last n days end at the start of tomorrow, so that today's answers count.
 */
public record ReportingPeriod(Instant from, Instant to, String label) {

    public ReportingPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("A period must start before it ends");
        }
    }

    /** The last {@code days} whole days, today included, in UTC. */
    public static ReportingPeriod lastDays(int days, Clock clock) {
        LocalDate tomorrow = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
        return new ReportingPeriod(tomorrow.minusDays(days).atStartOfDay(ZoneOffset.UTC).toInstant(),
                tomorrow.atStartOfDay(ZoneOffset.UTC).toInstant(), "Last " + days + " days");
    }
}
