package org.fieldnps.persistence.capture.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.fieldnps.domain.capture.Channel;
import org.fieldnps.domain.capture.InvitationDecision;
import org.fieldnps.persistence.TestDatabase;
import org.fieldnps.persistence.TestOrganisation;
import org.fieldnps.persistence.capture.FeedbackCapture;
import org.fieldnps.persistence.capture.Invitation;
import org.fieldnps.persistence.capture.InvitationState;
import org.fieldnps.persistence.capture.ResponseRecorded;
import org.fieldnps.persistence.capture.SurveyResponse;
import org.fieldnps.persistence.settings.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Importing files of jobs and of responses, against the real schema on both databases: good files,
 * files with broken rows that import nothing, and files imported twice.
 */
@Tag("database")
class CsvImportTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final String JOBS_HEADER = "jobId,completedAt,engineerId,serviceType,siteId,customerId,"
            + "customerName,customerEmail,customerPhone,customerTier,customerLanguage";
    private static final String RESPONSES_HEADER = "jobId,score,reason,channel,receivedAt";

    private static TestDatabase database;
    private static TestOrganisation organisation;

    private final IgnoredEvents<ResponseRecorded> events = new IgnoredEvents<>();

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.create();
        organisation = database.inTransaction(em -> TestOrganisation.persistIn(em, "imp"));
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void goodJobsFileRegistersEveryJobAsHistoryWithoutInvitingAnyone() {
        String file = csv(JOBS_HEADER, job("G-1", "G-C1"), job("G-2", "G-C2"), job("G-3", "G-C1"));

        ImportSummary summary = importing(ImportKind.JOBS, file);

        assertThat(summary).isEqualTo(new ImportSummary(ImportKind.JOBS, 3, 3, 0));
        List<Invitation> invitations = invitationsOf("G-");
        assertThat(invitations).hasSize(3).allSatisfy(invitation -> {
            assertThat(invitation.getState()).isEqualTo(InvitationState.SUPPRESSED);
            assertThat(invitation.getSuppressedBecause()).isEqualTo(InvitationDecision.IMPORTED);
        });
        assertThat(count("select count(c) from Customer c where c.fsmId like 'G-C%'")).isEqualTo(2);
    }

    @Test
    void sameJobsFileImportedTwiceChangesNothing() {
        String file = csv(JOBS_HEADER, job("T-1", "T-C1"), job("T-2", "T-C2"));
        importing(ImportKind.JOBS, file);

        ImportSummary again = importing(ImportKind.JOBS, file);

        assertThat(again).isEqualTo(new ImportSummary(ImportKind.JOBS, 2, 0, 2));
        assertThat(count("select count(j) from Job j where j.fsmJobId like 'T-%'")).isEqualTo(2);
        assertThat(count("select count(i) from Invitation i where i.job.fsmJobId like 'T-%'")).isEqualTo(2);
    }

    @Test
    void goodResponsesFileRecordsEachAnswerAtTheTimeTheCustomerGaveIt() {
        importing(ImportKind.JOBS, csv(JOBS_HEADER, job("R-1", "R-C1"), job("R-2", "R-C2")));
        String file = csv(RESPONSES_HEADER,
                "R-1,9,Quick and friendly,email,2026-11-02T12:00:00Z",
                "R-2,3,,PHONE,2026-11-03T08:15:00+01:00");

        ImportSummary summary = importing(ImportKind.RESPONSES, file);

        assertThat(summary).isEqualTo(new ImportSummary(ImportKind.RESPONSES, 2, 2, 0));
        assertThat(responsesOf("R-"))
                .extracting(r -> r.getJob().getFsmJobId(), r -> r.getScore().value(), SurveyResponse::getReason,
                        SurveyResponse::getChannel, SurveyResponse::getReceivedAt)
                .containsExactly(
                        tuple("R-1", 9, "Quick and friendly", Channel.EMAIL, Instant.parse("2026-11-02T12:00:00Z")),
                        tuple("R-2", 3, null, Channel.PHONE, Instant.parse("2026-11-03T07:15:00Z")));
        assertThat(events.fired).hasValue(2);
    }

    @Test
    void sameResponsesFileImportedTwiceChangesNothing() {
        importing(ImportKind.JOBS, csv(JOBS_HEADER, job("S-1", "S-C1"), job("S-2", "S-C2")));
        String file = csv(RESPONSES_HEADER,
                "S-1,10,Great,sms,2026-11-02T12:00:00Z",
                "S-2,6,Late,sms,2026-11-02T13:00:00Z");
        importing(ImportKind.RESPONSES, file);

        ImportSummary again = importing(ImportKind.RESPONSES, file);

        assertThat(again).isEqualTo(new ImportSummary(ImportKind.RESPONSES, 2, 0, 2));
        assertThat(responsesOf("S-")).hasSize(2);
        assertThat(events.fired).hasValue(2);
    }

    @Test
    void rowWithTooFewValuesIsNamedAndNothingOfTheFileIsImported() {
        String file = csv(JOBS_HEADER, job("W-1", "W-C1"), "W-2,2026-11-02T09:30:00Z,imp-E1,imp-repair");

        List<ImportProblem> problems = refusal(ImportKind.JOBS, file);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.field()).isNull();
            assertThat(problem.reason()).contains("4 values", "11 columns");
        });
        assertThat(count("select count(j) from Job j where j.fsmJobId like 'W-%'")).isZero();
    }

    @Test
    void rowsWithTheWrongNumberOfValuesDoNotHideTheProblemsOfTheOtherRows() {
        importing(ImportKind.JOBS, csv(JOBS_HEADER, job("O-1", "O-C1"), job("O-2", "O-C2")));
        String file = csv(RESPONSES_HEADER,
                "O-1,9,Quick, tidy and friendly,email,2026-11-02T12:00:00Z",
                "O-2,eleven,,email,2026-11-02T12:00:00Z");

        List<ImportProblem> problems = refusal(ImportKind.RESPONSES, file);

        assertThat(problems).extracting(ImportProblem::line, ImportProblem::field)
                .containsExactly(tuple(2, null), tuple(3, "score"));
    }

    @Test
    void quoteLeftOpenIsNamedOnTheLineItOpensOn() {
        importing(ImportKind.JOBS, csv(JOBS_HEADER, job("K-1", "K-C1"), job("K-2", "K-C2")));
        String file = csv(RESPONSES_HEADER,
                "K-1,9,Fine,email,2026-11-02T12:00:00Z",
                "K-2,7,\"Never closed,email,2026-11-02T12:00:00Z",
                "K-3,7,,email,2026-11-02T12:00:00Z");

        List<ImportProblem> problems = refusal(ImportKind.RESPONSES, file);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.reason()).startsWith("The CSV breaks on this line");
        });
        assertThat(responsesOf("K-")).isEmpty();
    }

    @Test
    void scoresOutOfRangeOrInWordsAreNamedWithTheirLineAndNothingIsRecorded() {
        importing(ImportKind.JOBS, csv(JOBS_HEADER, job("N-1", "N-C1"), job("N-2", "N-C2"), job("N-3", "N-C3")));
        String file = csv(RESPONSES_HEADER,
                "N-1,8,Fine,email,2026-11-02T12:00:00Z",
                "N-2,11,Off the scale,email,2026-11-02T12:00:00Z",
                "N-3,seven,In words,email,2026-11-02T12:00:00Z");

        List<ImportProblem> problems = refusal(ImportKind.RESPONSES, file);

        assertThat(problems).extracting(ImportProblem::line, ImportProblem::field, ImportProblem::reason)
                .containsExactly(
                        tuple(3, "score", "A score is a whole number from 0 to 10; \"11\" is not."),
                        tuple(4, "score", "A score is a whole number from 0 to 10; \"seven\" is not."));
        assertThat(responsesOf("N-")).isEmpty();
    }

    @Test
    void unknownEngineerIsNamedWithItsLine() {
        String file = csv(JOBS_HEADER, job("E-1", "E-C1").replace("imp-E1", "E999"));

        List<ImportProblem> problems = refusal(ImportKind.JOBS, file);

        assertThat(problems).extracting(ImportProblem::line, ImportProblem::field, ImportProblem::reason)
                .containsExactly(tuple(2, "engineerId",
                        "No engineer has the id \"E999\"; register the engineer first."));
    }

    @Test
    void datesThatAreNotIsoTimesOrLieInTheFutureAreNamed() {
        String file = csv(JOBS_HEADER,
                job("D-1", "D-C1").replace("2026-11-02T09:30:00Z", "03/12/2026"),
                job("D-2", "D-C2").replace("2026-11-02T09:30:00Z", "2026-12-03 09:00"),
                job("D-3", "D-C3").replace("2026-11-02T09:30:00Z", "2027-01-01T00:00:00Z"));

        List<ImportProblem> problems = refusal(ImportKind.JOBS, file);

        assertThat(problems).extracting(ImportProblem::line, ImportProblem::field)
                .containsExactly(tuple(2, "completedAt"), tuple(3, "completedAt"), tuple(4, "completedAt"));
        assertThat(problems.get(0).reason()).startsWith("\"03/12/2026\" is not a time such as 2026-12-03T10:15:00Z");
        assertThat(problems.get(2).reason()).endsWith("is in the future.");
    }

    @Test
    void fileWithoutHeaderIsRefusedSayingWhichColumnsTheFirstLineMustName() {
        String file = csv(job("H-1", "H-C1"), job("H-2", "H-C2"));

        List<ImportProblem> problems = refusal(ImportKind.JOBS, file);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.reason()).startsWith("The first line must name the columns of a jobs file: jobId,");
        });
    }

    @Test
    void headerWithoutARequiredColumnOrWithAnUnknownOneIsRefusedNamingThem() {
        String file = csv("jobId,score,receivedAt,channel,comment", "X-1,9,2026-11-02T12:00:00Z,email,Good");

        List<ImportProblem> problems = refusal(ImportKind.RESPONSES, file);

        assertThat(problems).extracting(ImportProblem::line, ImportProblem::field)
                .containsExactlyInAnyOrder(tuple(1, "\"comment\""));
        assertThat(problems.get(0).reason()).contains("Unknown column", "jobId, score, reason, channel, receivedAt");

        List<ImportProblem> missing = refusal(ImportKind.RESPONSES, csv("jobId,reason,channel,receivedAt"));
        assertThat(missing).extracting(ImportProblem::line, ImportProblem::field).containsExactly(tuple(1, "score"));
    }

    @Test
    void emptyFilesAreRefused() {
        assertThat(refusal(ImportKind.JOBS, "")).singleElement()
                .satisfies(problem -> assertThat(problem.reason()).startsWith("The file is empty."));
        assertThat(refusal(ImportKind.RESPONSES, "\uFEFF\r\n\r\n")).singleElement()
                .satisfies(problem -> assertThat(problem.reason()).startsWith("The file is empty."));
    }

    @Test
    void jobTwiceInTheFileIsNamedOnItsSecondLine() {
        String file = csv(JOBS_HEADER, job("U-1", "U-C1"), job("U-2", "U-C2"), job("U-1", "U-C1"));

        List<ImportProblem> problems = refusal(ImportKind.JOBS, file);

        assertThat(problems).extracting(ImportProblem::line, ImportProblem::field, ImportProblem::reason)
                .containsExactly(tuple(4, "jobId", "Job \"U-1\" is also on line 2; a job appears once in a file."));
        assertThat(count("select count(j) from Job j where j.fsmJobId like 'U-%'")).isZero();
    }

    @Test
    void markupInTextIsStoredAsTheDataItIs() {
        String name = "<script>alert('x')</script> Ltd";
        importing(ImportKind.JOBS, csv(JOBS_HEADER,
                "M-1,2026-11-02T09:30:00Z,imp-E1,imp-repair,,M-C1,\"" + name + "\",,,key,en"));

        importing(ImportKind.RESPONSES, csv(RESPONSES_HEADER, "M-1,2,\"<b>Rude</b> & late\",web,2026-11-04T10:00:00Z"));

        assertThat(responsesOf("M-")).singleElement().satisfies(response -> {
            assertThat(response.getReason()).isEqualTo("<b>Rude</b> & late");
            assertThat(response.getCustomer().getName()).isEqualTo(name);
        });
    }

    @Test
    void byteOrderMarkQuotedCommasLineBreaksAndColumnsInAnyOrderAndCaseAreRead() {
        importing(ImportKind.JOBS, csv(JOBS_HEADER, job("Q-1", "Q-C1"), job("Q-2", "Q-C2")));
        String file = "\uFEFF" + csv("ReceivedAt,CHANNEL,jobid,Reason,score",
                "2026-11-02T12:00:00Z,email,Q-1,\"Fixed it, finally.\nThanks to \"\"Ada\"\"\",7",
                "2026-11-02T12:00:00Z,email,Q-2,,10");

        ImportSummary summary = importing(ImportKind.RESPONSES, file);

        assertThat(summary.created()).isEqualTo(2);
        assertThat(responsesOf("Q-")).first()
                .extracting(SurveyResponse::getReason).isEqualTo("Fixed it, finally.\nThanks to \"Ada\"");
    }

    @Test
    void linesAreCountedInTheFileSoThatAValueOverSeveralLinesMovesTheRowsBelowIt() {
        importing(ImportKind.JOBS, csv(JOBS_HEADER, job("L-1", "L-C1"), job("L-2", "L-C2")));
        String file = csv(RESPONSES_HEADER,
                "L-1,7,\"First line\nsecond line\nthird line\",email,2026-11-02T12:00:00Z",
                "",
                "L-2,7,,fax,2026-11-02T12:00:00Z");

        List<ImportProblem> problems = refusal(ImportKind.RESPONSES, file);

        assertThat(problems).extracting(ImportProblem::line, ImportProblem::field).containsExactly(tuple(6, "channel"));
    }

    @Test
    void everyBadRowIsListedWithEachOfItsProblemsInLineOrder() {
        String file = csv(JOBS_HEADER,
                "V-1,2026-11-02T09:30:00Z,imp-E1,imp-repair,,V-C1,Vera,not-an-email,,gold,english",
                job("V-2", "V-C2"),
                ",yesterday,imp-E1,plumbing,,V-C3,,,,standard,en");

        List<ImportProblem> problems = refusal(ImportKind.JOBS, file);

        assertThat(problems).extracting(ImportProblem::line, ImportProblem::field).containsExactly(
                tuple(2, "customerEmail"), tuple(2, "customerTier"), tuple(2, "customerLanguage"),
                tuple(4, "jobId"), tuple(4, "completedAt"), tuple(4, "serviceType"), tuple(4, "customerName"));
    }

    @Test
    void answersForUnknownJobsBeforeTheVisitOrDifferentFromTheRecordedOneAreRefused() {
        importing(ImportKind.JOBS, csv(JOBS_HEADER, job("A-1", "A-C1"), job("A-2", "A-C2")));
        importing(ImportKind.RESPONSES, csv(RESPONSES_HEADER, "A-1,9,,email,2026-11-02T12:00:00Z"));
        String file = csv(RESPONSES_HEADER,
                "A-1,4,,email,2026-11-02T12:00:00Z",
                "A-2,8,,email,2026-11-01T12:00:00Z",
                "A-9,8,,email,2026-11-02T12:00:00Z");

        List<ImportProblem> problems = refusal(ImportKind.RESPONSES, file);

        assertThat(problems).extracting(ImportProblem::line, ImportProblem::field).containsExactly(
                tuple(2, "score"), tuple(3, "receivedAt"), tuple(4, "jobId"));
        assertThat(problems.get(0).reason()).contains("already has a different answer, scored 9");
    }

    @Test
    void fileThatIsNotUtf8IsNamedOnTheLineOfItsFirstForeignByte() {
        byte[] latin1 = csv(JOBS_HEADER, job("I-1", "I-C1"), job("I-2", "I-C2").replace("Customer I-C2", "Müller"))
                .getBytes(StandardCharsets.ISO_8859_1);

        List<ImportProblem> problems = refusal(ImportKind.JOBS, latin1);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.reason()).contains("not UTF-8");
        });
    }

    @Test
    void filesOverTheSizeOrRowLimitAreRefusedWithAClearMessage() {
        String tooLarge = JOBS_HEADER + "\n" + "x".repeat(CsvImport.maximumBytes());
        String tooLong = csv(RESPONSES_HEADER) + IntStream.rangeClosed(0, CsvImport.maximumRows())
                .mapToObj(i -> "Z-" + i + ",9,,email,2026-11-02T12:00:00Z")
                .collect(Collectors.joining("\n"));

        assertThat(refusal(ImportKind.JOBS, tooLarge)).singleElement().satisfies(problem -> {
            assertThat(problem.concernsTheWholeFile()).isTrue();
            assertThat(problem.reason()).startsWith("The file is larger than 10 MB.");
        });
        assertThat(refusal(ImportKind.RESPONSES, tooLong)).singleElement()
                .satisfies(problem -> assertThat(problem.reason()).startsWith("The file has more than 100,000 rows."));
    }

    @Test
    void fileWrongThroughoutListsItsFirstThousandProblemsAndCountsTheRest() {
        String file = csv(RESPONSES_HEADER) + IntStream.rangeClosed(1, 1_200)
                .mapToObj(i -> "Y-" + i + ",9,,email,2026-11-02T12:00:00Z")
                .collect(Collectors.joining("\n"));

        ImportRefusedException refused = catchThrowableOfType(ImportRefusedException.class,
                () -> importing(ImportKind.RESPONSES, file));

        assertThat(refused.problemCount()).isEqualTo(1_200);
        assertThat(refused.getMessage()).isEqualTo(
                "Nothing was imported: the file has 1,200 problems. Fix them and upload it again.");
        assertThat(refused.problems()).hasSize(1_001);
        assertThat(refused.problems().get(999).line()).isEqualTo(1_001);
        assertThat(refused.problems().get(1_000).reason()).startsWith("200 more problems are not listed.");
    }

    @Test
    void largeFileIsImportedInOneGo() {
        String file = csv(JOBS_HEADER) + IntStream.rangeClosed(1, 1_200)
                .mapToObj(i -> job("B-" + i, "B-C" + (i % 300)))
                .collect(Collectors.joining("\n"));

        ImportSummary summary = importing(ImportKind.JOBS, file);

        assertThat(summary).isEqualTo(new ImportSummary(ImportKind.JOBS, 1_200, 1_200, 0));
        assertThat(count("select count(j) from Job j where j.fsmJobId like 'B-%'")).isEqualTo(1_200);
    }

    private ImportSummary importing(ImportKind kind, String file) {
        return importing(kind, file.getBytes(StandardCharsets.UTF_8));
    }

    private ImportSummary importing(ImportKind kind, byte[] file) {
        return database.inTransaction(em -> {
            try {
                return importer(em).importFile(kind, new ByteArrayInputStream(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private List<ImportProblem> refusal(ImportKind kind, String file) {
        return refusal(kind, file.getBytes(StandardCharsets.UTF_8));
    }

    private List<ImportProblem> refusal(ImportKind kind, byte[] file) {
        ImportRefusedException refused = catchThrowableOfType(ImportRefusedException.class,
                () -> importing(kind, file));
        assertThat(refused).as("the import is refused").isNotNull();
        assertThat(refused.field()).isEqualTo("file");
        return refused.problems();
    }

    private CsvImport importer(EntityManager em) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return new CsvImport(em, new FeedbackCapture(em, new Settings(em), events, clock), clock);
    }

    /** A good row of a jobs file, completed a month before now, by the test organisation's engineer. */
    private static String job(String jobId, String customerId) {
        return String.join(",", jobId, "2026-11-02T09:30:00Z", organisation.engineer.getFsmId(),
                organisation.repair.getCode(), "", customerId, "Customer " + customerId,
                customerId.toLowerCase() + "@example.org", "", "standard", "en");
    }

    private static String csv(String... lines) {
        return Arrays.stream(lines).collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static List<Invitation> invitationsOf(String jobPrefix) {
        return database.inTransaction(em -> em.createQuery(
                        "select i from Invitation i where i.job.fsmJobId like :prefix", Invitation.class)
                .setParameter("prefix", jobPrefix + "%")
                .getResultList());
    }

    private static List<SurveyResponse> responsesOf(String jobPrefix) {
        return database.inTransaction(em -> {
            List<SurveyResponse> responses = em.createQuery("select r from SurveyResponse r join fetch r.job j"
                            + " join fetch r.customer where j.fsmJobId like :prefix order by j.fsmJobId",
                            SurveyResponse.class)
                    .setParameter("prefix", jobPrefix + "%")
                    .getResultList();
            return responses;
        });
    }

    private static long count(String jpql) {
        return database.inTransaction(em -> em.createQuery(jpql, Long.class).getSingleResult());
    }
}
