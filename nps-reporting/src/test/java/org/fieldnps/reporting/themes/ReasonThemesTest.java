package org.fieldnps.reporting.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.fieldnps.domain.NotFoundException;
import org.fieldnps.domain.themes.DistinctiveTerm;
import org.fieldnps.domain.themes.ReasonTerms;
import org.fieldnps.persistence.TestDatabase;
import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.persistence.demo.DemoOrganisation;
import org.fieldnps.persistence.settings.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Themes of the demo organisation, whose reasons are drawn from short lists that fit the score:
 * what its detractors say is known, and so is that Liverpool got worse in the last quarter.
 */
@Tag("database")
class ReasonThemesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private static TestDatabase database;
    private static AccessScope northWest;
    private static AccessScope liverpool;

    @BeforeAll
    static void loadDemo() throws SQLException {
        database = TestDatabase.create();
        DemoOrganisation.load(database.dataSource(), TODAY, "not-a-real-hash");
        northWest = AccessScope.region(id("select id from region where code = 'NW'"));
        liverpool = AccessScope.team(id("select id from team where code = 'LIV'"));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void liverpoolsDetractorsTalkAboutMissingPartsAndLateness() {
        ThemesReport report = themes(northWest, Map.of("team", "LIV", "period", "year"), ReasonThemes.READ_LIMIT);

        assertThat(report.themes().detractorTerms()).extracting(DistinctiveTerm::term)
                .contains("parts", "late", "late arrival")
                .doesNotContain("friendly engineer", "time");
        assertThat(report.themes().promoterTerms()).extracting(DistinctiveTerm::term)
                .contains("friendly engineer", "polite")
                .doesNotContain("parts not", "late arrival");
        assertThat(report.isCapped()).isFalse();
    }

    @Test
    void countsEqualTheReasonsThatContainTheTermCountedInTheDatabase() throws SQLException {
        ThemesReport report = themes(northWest, Map.of("team", "LIV"), ReasonThemes.READ_LIMIT);
        LocalDate from = report.selection().from();

        assertThat(report.themes().detractorReasons())
                .isEqualTo(reasons("r.score <= 6", "%", from));
        assertThat(report.themes().promoterReasons())
                .isEqualTo(reasons("r.score >= 9", "%", from));
        for (DistinctiveTerm term : report.themes().detractorTerms()) {
            if (ReasonTerms.isPhrase(term.term())) {
                String pattern = "%" + term.term() + "%";
                assertThat(term.detractorReasons()).as(term.term()).isEqualTo(reasons("r.score <= 6", pattern, from));
                assertThat(term.promoterReasons()).as(term.term()).isEqualTo(reasons("r.score >= 9", pattern, from));
            }
        }
    }

    @Test
    void teamManagerGetsTheSameThemesAsTheirRegionNarrowedToTheTeam() {
        ThemesReport asTeam = themes(liverpool, Map.of(), ReasonThemes.READ_LIMIT);
        ThemesReport asRegion = themes(northWest, Map.of("team", "LIV"), ReasonThemes.READ_LIMIT);

        assertThat(asTeam.themes()).isEqualTo(asRegion.themes());
    }

    @Test
    void readsOnlyTheNewestReasonsOfEachGroupAndSaysSo() {
        ThemesReport report = themes(AccessScope.organisation(), Map.of("period", "year"), 100);

        assertThat(report.themes().detractorReasons()).isEqualTo(100);
        assertThat(report.themes().promoterReasons()).isEqualTo(100);
        assertThat(report.isCapped()).isTrue();
        assertThat(report.readLimit()).isEqualTo(100);
    }

    @Test
    void filtersByServiceTypeTierAndChannelNarrowTheReasons() {
        long all = themes(northWest, Map.of(), ReasonThemes.READ_LIMIT).themes().detractorReasons();
        long emergencies = themes(northWest, Map.of("serviceType", "emergency", "tier", "key", "channel", "sms"),
                ReasonThemes.READ_LIMIT).themes().detractorReasons();

        assertThat(emergencies).isPositive().isLessThan(all / 10);
    }

    @Test
    void anotherRegionsCodesAreRefusedAndGiveNoThemes() {
        assertThatThrownBy(() -> themes(northWest, Map.of("region", "SCO"), ReasonThemes.READ_LIMIT))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo("region"));
        assertThatThrownBy(() -> themes(northWest, Map.of("team", "GLA"), ReasonThemes.READ_LIMIT))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo("team"));
        assertThatThrownBy(() -> themes(liverpool, Map.of("team", "MAN"), ReasonThemes.READ_LIMIT))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> themes(northWest, Map.of("engineer", "E100"), ReasonThemes.READ_LIMIT))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.field()).isEqualTo("engineer"));
        assertThatThrownBy(() -> themes(northWest, Map.of("team", "NOPE"), ReasonThemes.READ_LIMIT))
                .isInstanceOf(NotFoundException.class);

        assertThat(themes(liverpool, Map.of("region", "NW"), ReasonThemes.READ_LIMIT).themes().isEmpty()).isFalse();
    }

    private static ThemesReport themes(AccessScope scope, Map<String, String> parameters, int readLimit) {
        ThemeSelection selection = ThemeSelection.fromParameters(parameters, CLOCK);
        return database.inTransaction(em -> new ReasonThemes(em, new Settings(em), readLimit)
                .themes(scope, selection));
    }

    /** Liverpool's reasons from the given day on, in a score range, whose text is like the pattern. */
    private static long reasons(String scores, String pattern, LocalDate from) throws SQLException {
        String sql = "select count(*) from survey_response r join team t on t.id = r.team_id"
                + " where t.code = 'LIV' and r.reason is not null and " + scores
                + " and lower(r.reason) like ? and r.received_at >= ?";
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, pattern);
            statement.setTimestamp(2, Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static long id(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
