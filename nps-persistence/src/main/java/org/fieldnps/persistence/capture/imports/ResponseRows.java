package org.fieldnps.persistence.capture.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.fieldnps.domain.InvalidInputException;
import org.fieldnps.domain.capture.Channel;
import org.fieldnps.domain.capture.ReasonText;
import org.fieldnps.domain.scoring.InvalidScoreException;
import org.fieldnps.domain.scoring.Score;
import org.fieldnps.persistence.capture.ResponseReport;

/**
 * Checks the rows of a responses file by the rules the capture service applies to an answer sent
 * over the API, against the jobs and answers already stored, and without writing anything. A job
 * has one answer: a second one for it, in the file or stored earlier, is a problem unless it says
 * the same as the first.
 */
final class ResponseRows {

    /** A row that kept every rule, as the report the capture service takes. */
    record Row(int line, ResponseReport report) {
    }

    /**
     * A job the file names, as stored.
     *
     * @param answer the score of its recorded answer, {@code null} while it has none
     */
    record KnownJob(Instant completedAt, Integer answer, String reason) {
    }

    private final Map<String, KnownJob> jobs;
    private final Instant now;

    /** @param jobs the jobs of the file that are stored, by the FSM's job id */
    ResponseRows(Map<String, KnownJob> jobs, Instant now) {
        this.jobs = jobs;
        this.now = now;
    }

    List<Row> check(List<CsvRow> rows, List<ImportProblem> problems) {
        List<Row> good = new ArrayList<>();
        Map<String, Integer> jobLines = new HashMap<>();

        for (CsvRow row : rows) {
            Values values = new Values(row, problems);
            String jobId = values.required("jobId", Values.ID_MAXIMUM_LENGTH);
            KnownJob job = jobId == null ? null : jobs.get(jobId);
            if (jobId != null && job == null) {
                values.problem("jobId", "No job has the id " + Values.echo(jobId)
                        + "; import the job first, in a jobs file.");
            }
            if (jobId != null) {
                Integer earlier = jobLines.putIfAbsent(jobId, row.line());
                if (earlier != null) {
                    values.problem("jobId", "Job " + Values.echo(jobId) + " is also answered on line " + earlier
                            + "; a job has one answer.");
                }
            }
            Score score = score(values);
            String reason = reason(values);
            Channel channel = channel(values);
            Optional<Instant> receivedAt = values.requiredInstant("receivedAt", now);
            if (job != null && receivedAt.isPresent() && receivedAt.get().isBefore(job.completedAt())) {
                values.problem("receivedAt", "An answer cannot be received before its job was done; job "
                        + Values.echo(jobId) + " was completed at " + job.completedAt() + ".");
            }
            if (job != null && job.answer() != null && score != null && values.good()
                    && !(job.answer() == score.value() && Objects.equals(job.reason(), reason))) {
                values.problem("score", "Job " + Values.echo(jobId) + " already has a different answer, scored "
                        + job.answer() + "; a job has one answer.");
            }

            if (values.good()) {
                good.add(new Row(row.line(), new ResponseReport(null, jobId, score.value(), reason, channel.name(),
                        receivedAt.orElseThrow())));
            }
        }
        return good;
    }

    private static Score score(Values values) {
        try {
            return Score.parse(values.raw("score"));
        } catch (InvalidScoreException notAScore) {
            values.problem("score", notAScore.getMessage());
            return null;
        }
    }

    private static String reason(Values values) {
        try {
            return ReasonText.clean(values.raw("reason"));
        } catch (InvalidInputException tooLong) {
            values.problem("reason", tooLong.getMessage());
            return null;
        }
    }

    private static Channel channel(Values values) {
        try {
            return Channel.parse(values.raw("channel"));
        } catch (InvalidInputException unknown) {
            values.problem("channel", unknown.getMessage());
            return null;
        }
    }
}
