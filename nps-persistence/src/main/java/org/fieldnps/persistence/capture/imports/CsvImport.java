package org.fieldnps.persistence.capture.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fieldnps.domain.BusinessRuleException;
import org.fieldnps.persistence.capture.FeedbackCapture;
import org.fieldnps.persistence.capture.FeedbackCapture.AnswerBatch;
import org.fieldnps.persistence.capture.RecordedResponse;
import org.fieldnps.persistence.capture.RegisteredJob;
import org.fieldnps.persistence.capture.imports.ResponseRows.KnownJob;

/**
 * Imports a CSV file of completed jobs or of historical responses, all of it or nothing.
 *
 * <p>The file is read and every row checked first, against the organisation and the jobs as
 * stored; if any row is wrong the import is refused with the list of problems and nothing is
 * written. A good file is then written row by row through {@link FeedbackCapture}, in the one
 * transaction of the call, so that it obeys the same rules as jobs and answers that arrive live:
 * jobs are registered as history, without inviting anyone, and answers are recorded with the time
 * the customer gave them. A job already registered, or an answer already recorded, is counted and
 * left as it is, so that importing a file twice changes nothing.
 */
@ApplicationScoped
@Transactional
public class CsvImport {

    private static final Logger LOGGER = Logger.getLogger(CsvImport.class.getName());

    /**
     * Rows written between two flushes of the persistence context, which is then emptied. Small,
     * because the capture service queries before each write and every query first looks through
     * the context for changes; measured on H2, 25 was several times faster than 500.
     */
    private static final int WRITE_BATCH = 25;

    /** The most problems a refusal lists. */
    private static final int MAXIMUM_LISTED = 1_000;

    /** Ids per query when looking up what the file names, well under every database's limit. */
    private static final int LOOKUP_BATCH = 500;

    @PersistenceContext(unitName = "nps")
    private EntityManager entityManager;

    @Inject
    private FeedbackCapture capture;

    private Clock clock = Clock.systemUTC();

    protected CsvImport() {
    }

    /** For use outside the container, with an entity manager the caller manages. */
    public CsvImport(EntityManager entityManager, FeedbackCapture capture, Clock clock) {
        this.entityManager = entityManager;
        this.capture = capture;
        this.clock = clock;
    }

    /** The largest file taken, in bytes. */
    public static int maximumBytes() {
        return CsvTable.MAXIMUM_BYTES;
    }

    /** The most rows of data taken from one file. */
    public static int maximumRows() {
        return CsvTable.MAXIMUM_ROWS;
    }

    /**
     * Imports a file of the given kind; the caller closes the stream.
     *
     * @throws ImportRefusedException when the file cannot be read or any row is wrong; nothing is
     *                                written then
     * @throws IOException            when the upload itself cannot be read
     */
    public ImportSummary importFile(ImportKind kind, InputStream file) throws IOException {
        CsvTable table = CsvTable.read(file, kind);
        if (!table.checkable()) {
            throw refused(kind, table.rowsRead(), table.problems());
        }

        ImportSummary summary = switch (kind) {
            case JOBS -> importJobs(table);
            case RESPONSES -> importResponses(table);
        };

        LOGGER.log(Level.INFO, "Imported a {0} of {1} rows: {2} new, {3} already known",
                new Object[] {kind.fileName(), summary.rowsRead(), summary.created(), summary.alreadyKnown()});
        return summary;
    }

    private ImportSummary importJobs(CsvTable table) {
        List<ImportProblem> problems = new ArrayList<>(table.problems());
        List<String> siteIds = valuesOf(table, "siteId");
        JobRows checks = new JobRows(engineerIds(), serviceTypes(), siteOwners(siteIds), clock.instant());
        List<JobRows.Row> rows = checks.check(table.rows(), problems);
        if (!problems.isEmpty()) {
            throw refused(ImportKind.JOBS, table.rowsRead(), problems);
        }

        int created = 0;
        for (int i = 0; i < rows.size(); i++) {
            JobRows.Row row = rows.get(i);
            RegisteredJob registered = written(ImportKind.JOBS, table, row.line(),
                    () -> capture.registerHistoricalJob(row.report()));
            created += registered.created() ? 1 : 0;
            emptyTheContextNowAndThen(i + 1);
        }
        return new ImportSummary(ImportKind.JOBS, table.rowsRead(), created, rows.size() - created);
    }

    private ImportSummary importResponses(CsvTable table) {
        List<ImportProblem> problems = new ArrayList<>(table.problems());
        ResponseRows checks = new ResponseRows(knownJobs(valuesOf(table, "jobId")), clock.instant());
        List<ResponseRows.Row> rows = checks.check(table.rows(), problems);
        if (!problems.isEmpty()) {
            throw refused(ImportKind.RESPONSES, table.rowsRead(), problems);
        }

        AnswerBatch answers = capture.answerBatch();
        int recorded = 0;
        for (int i = 0; i < rows.size(); i++) {
            ResponseRows.Row row = rows.get(i);
            RecordedResponse response = written(ImportKind.RESPONSES, table, row.line(),
                    () -> answers.record(row.report()));
            recorded += response.replayed() ? 0 : 1;
            emptyTheContextNowAndThen(i + 1);
        }
        answers.finish();
        return new ImportSummary(ImportKind.RESPONSES, table.rowsRead(), recorded, rows.size() - recorded);
    }

    /**
     * Writes one checked row. The checks before mirror the capture service's rules, so it should
     * not refuse the row; if it does all the same, the whole import is refused with its reason.
     */
    private <T> T written(ImportKind kind, CsvTable table, int line, Supplier<T> write) {
        try {
            return write.get();
        } catch (BusinessRuleException refusedRow) {
            LOGGER.log(Level.WARNING, "The capture service refused line {0} of a {1} that passed the import''s"
                    + " checks: {2}", new Object[] {line, kind.fileName(), refusedRow.field()});
            throw refused(kind, table.rowsRead(),
                    List.of(new ImportProblem(line, columnOf(refusedRow.field()), refusedRow.getMessage())));
        }
    }

    /**
     * Keeps a large import from slowing down as it goes: the persistence context would otherwise
     * hold every entity written so far and look through all of them before each query.
     */
    private void emptyTheContextNowAndThen(int rowsWritten) {
        if (rowsWritten % WRITE_BATCH == 0) {
            entityManager.flush();
            entityManager.clear();
        }
    }

    private Set<String> engineerIds() {
        return new HashSet<>(entityManager.createQuery("select e.fsmId from Engineer e", String.class)
                .getResultList());
    }

    private Set<String> serviceTypes() {
        Set<String> codes = new HashSet<>();
        entityManager.createQuery("select s.code from ServiceType s", String.class).getResultList()
                .forEach(code -> codes.add(code.toLowerCase(Locale.ROOT)));
        return codes;
    }

    private Map<String, String> siteOwners(List<String> siteIds) {
        Map<String, String> owners = new HashMap<>();
        inBatches(siteIds, batch -> entityManager.createQuery(
                        "select s.fsmId, s.customer.fsmId from Site s where s.fsmId in :ids", Object[].class)
                .setParameter("ids", batch)
                .getResultList())
                .forEach(site -> owners.put((String) site[0], (String) site[1]));
        return owners;
    }

    private Map<String, KnownJob> knownJobs(List<String> jobIds) {
        Map<String, Object[]> answers = new HashMap<>();
        inBatches(jobIds, batch -> entityManager.createQuery(
                        "select r.job.fsmJobId, r.score, r.reason from SurveyResponse r where r.job.fsmJobId in :ids",
                        Object[].class)
                .setParameter("ids", batch)
                .getResultList())
                .forEach(answer -> answers.put((String) answer[0], answer));

        Map<String, KnownJob> jobs = new HashMap<>();
        inBatches(jobIds, batch -> entityManager.createQuery(
                        "select j.fsmJobId, j.completedAt from Job j where j.fsmJobId in :ids", Object[].class)
                .setParameter("ids", batch)
                .getResultList())
                .forEach(job -> {
                    Object[] answer = answers.get((String) job[0]);
                    jobs.put((String) job[0], answer == null
                            ? new KnownJob((Instant) job[1], null, null)
                            : new KnownJob((Instant) job[1], ((Number) answer[1]).intValue(), (String) answer[2]));
                });
        return jobs;
    }

    private static <T> List<T> inBatches(List<String> ids, Function<List<String>, List<T>> query) {
        List<T> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += LOOKUP_BATCH) {
            found.addAll(query.apply(ids.subList(from, Math.min(ids.size(), from + LOOKUP_BATCH))));
        }
        return found;
    }

    /** The distinct values of a column, without blanks. */
    private static List<String> valuesOf(CsvTable table, String column) {
        return table.rows().stream()
                .map(row -> row.value(column))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /** The capture service names customer fields as customer.email; the file as customerEmail. */
    private static String columnOf(String field) {
        if (field == null || !field.startsWith("customer.")) {
            return field;
        }
        String part = field.substring("customer.".length());
        return "customer" + part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1);
    }

    /**
     * The refusal of a file, listing its first {@value #MAXIMUM_LISTED} problems: a file with more
     * is wrong throughout, and a longer list would only weigh on the page and the session.
     */
    private static ImportRefusedException refused(ImportKind kind, int rowsRead, Collection<ImportProblem> problems) {
        List<ImportProblem> listed = new ArrayList<>(problems.stream()
                .sorted(Comparator.comparingInt(ImportProblem::line))
                .limit(MAXIMUM_LISTED)
                .toList());
        if (problems.size() > MAXIMUM_LISTED) {
            listed.add(ImportProblem.ofFile(String.format(Locale.ROOT, "%,d more problems are not listed. Fix the"
                    + " ones above, which may show what is wrong throughout, and upload the file again.",
                    problems.size() - MAXIMUM_LISTED)));
        }

        LOGGER.log(Level.INFO, "Refused a {0} of {1} rows with {2} problems",
                new Object[] {kind.fileName(), rowsRead, problems.size()});
        return new ImportRefusedException(rowsRead, problems.size(), listed);
    }
}
