package org.fieldnps.persistence.rollup;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.WeakHashMap;
import org.fieldnps.domain.scoring.Score;
import org.fieldnps.persistence.capture.Invitation;
import org.fieldnps.persistence.capture.Job;
import org.fieldnps.persistence.capture.SurveyResponse;
import org.fieldnps.persistence.organisation.Team;

/**
 * Keeps {@code response_rollup}, its coarser copies by engineer ({@code engineer_day_rollup},
 * {@code engineer_month_rollup}) and by team ({@code team_day_rollup}, {@code team_month_rollup})
 * and {@code invitation_rollup} current, inside the caller's transaction. A count is added with
 * one upsert per change: PostgreSQL's {@code insert … on conflict do update}, which stays correct
 * when two answers for the same cell arrive at once, and the standard {@code merge} elsewhere
 * (H2, which locks the row it merges). Days are UTC days. The cells of one change are always
 * written table by table in the same order, finest first, and, within a table, by rising score,
 * so that two transactions moving answers between the same scores wait for each other instead
 * of deadlocking. A batch of changes gathers its counts instead and writes each cell once at the
 * end ({@link #gathering}).
 */
public class FigureRollups {

    private static final Map<EntityManagerFactory, Boolean> POSTGRESQL =
            Collections.synchronizedMap(new WeakHashMap<>());

    private static final String RESPONSE_COLUMNS =
            "utc_day, region_id, team_id, engineer_id, service_type_id, customer_tier, channel, score";
    private static final String ENGINEER_DAY_COLUMNS = "utc_day, region_id, team_id, engineer_id, score";
    private static final String ENGINEER_MONTH_COLUMNS = "month_start, region_id, team_id, engineer_id, score";
    private static final String[] ENGINEER_TYPES = {"bigint", "bigint", "bigint", "smallint"};
    private static final String TEAM_DAY_COLUMNS = "utc_day, region_id, team_id, score";
    private static final String TEAM_MONTH_COLUMNS = "month_start, region_id, team_id, score";
    private static final String[] TEAM_TYPES = {"bigint", "bigint", "smallint"};
    private static final String INVITATION_COLUMNS =
            "utc_day, region_id, team_id, engineer_id, service_type_id, customer_tier, channel";

    /** The most cells one statement writes, keeping its parameters well under every database's limit. */
    private static final int CELLS_PER_STATEMENT = 500;

    private final EntityManager entityManager;

    /** The counts gathered to be written at once, by cell; {@code null} when every count is written as it comes. */
    private final SortedMap<Cell, long[]> gathered;

    /** The tables in the order their first count came in, which is the order every change writes them in. */
    private final Map<String, Integer> tableOrder = new HashMap<>();

    public FigureRollups(EntityManager entityManager) {
        this(entityManager, false);
    }

    private FigureRollups(EntityManager entityManager, boolean gathering) {
        this.entityManager = entityManager;
        this.gathered = gathering ? new TreeMap<>() : null;
    }

    /**
     * Rollups for a batch of changes in one transaction: the counts are gathered, added up per
     * cell, and written by {@link #writeGathered()}, each cell once. Writing them cell by cell as
     * they come would lock the cells of a busy team for the whole batch, and lock them in an order
     * of their own, in which two batches could wait for each other. Written at the end, the locks
     * are held only until the commit that follows, and taken table by table in the order a single
     * change takes them, then by rising key, so that a batch and single changes never deadlock.
     */
    public static FigureRollups gathering(EntityManager entityManager) {
        return new FigureRollups(entityManager, true);
    }

    /** Writes the counts gathered so far and forgets them; does nothing when counts are written as they come. */
    public void writeGathered() {
        if (gathered == null) {
            return;
        }
        List<Object[]> keys = new ArrayList<>();
        List<long[]> deltas = new ArrayList<>();
        Cell first = null;
        for (Map.Entry<Cell, long[]> cell : gathered.entrySet()) {
            if (first != null && (first.rank() != cell.getKey().rank() || keys.size() == CELLS_PER_STATEMENT)) {
                write(first.table(), first.keyColumns(), first.countColumns(), first.types(), keys, deltas);
                keys.clear();
                deltas.clear();
            }
            if (keys.isEmpty()) {
                first = cell.getKey();
            }
            keys.add(cell.getKey().key());
            deltas.add(cell.getValue());
        }
        if (first != null) {
            write(first.table(), first.keyColumns(), first.countColumns(), first.types(), keys, deltas);
        }
        gathered.clear();
    }

    /** Counts a response just recorded at its score. */
    public void countResponse(SurveyResponse response) {
        addResponses(response, new TreeMap<>(Map.of(response.getScore().value(), 1L)));
    }

    /** Moves a changed answer from its old score to its new one. */
    public void moveResponse(SurveyResponse response, Score oldScore) {
        if (!oldScore.equals(response.getScore())) {
            addResponses(response, new TreeMap<>(Map.of(oldScore.value(), -1L, response.getScore().value(), 1L)));
        }
    }

    /** Counts an invitation that goes out; one that is never sent is not counted. */
    public void countInvitation(Invitation invitation) {
        if (invitation.getSuppressedBecause() == null) {
            addInvitations(invitation, 1, 0);
        }
    }

    /** Counts the first answer to an invitation that went out, on the day it went out. */
    public void countAnswer(Invitation invitation) {
        if (invitation.getSuppressedBecause() == null) {
            addInvitations(invitation, 0, 1);
        }
    }

    /**
     * Counts everything recorded again from scratch, for bulk loaders that write responses and
     * invitations with plain JDBC: one {@code insert … select … group by} per rollup.
     */
    public static void rebuild(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from response_rollup");
            statement.executeUpdate("delete from invitation_rollup");
            statement.executeUpdate("insert into response_rollup (" + RESPONSE_COLUMNS + ", responses)"
                    + " select cast(received_at as date), region_id, team_id, engineer_id, service_type_id,"
                    + " customer_tier, channel, score, count(*) from survey_response"
                    + " group by cast(received_at as date), region_id, team_id, engineer_id, service_type_id,"
                    + " customer_tier, channel, score");
            statement.executeUpdate("insert into invitation_rollup (" + INVITATION_COLUMNS + ", invitations, answered)"
                    + " select cast(i.created_at as date), t.region_id, e.team_id, j.engineer_id, j.service_type_id,"
                    + " c.tier, i.channel, count(*), sum(case when i.answered_at is null then 0 else 1 end)"
                    + " from invitation i join job j on j.id = i.job_id join engineer e on e.id = j.engineer_id"
                    + " join team t on t.id = e.team_id join customer c on c.id = j.customer_id"
                    + " where i.suppressed_because is null"
                    + " group by cast(i.created_at as date), t.region_id, e.team_id, j.engineer_id,"
                    + " j.service_type_id, c.tier, i.channel");
        }
        rebuildCoarser(connection);
    }

    /**
     * Counts the rollups by engineer and by team again from {@code response_rollup}, which must
     * be current.
     */
    public static void rebuildCoarser(Connection connection) throws SQLException {
        rebuildDaysAndMonths(connection, "engineer", "region_id, team_id, engineer_id");
        rebuildDaysAndMonths(connection, "team", "region_id, team_id");
    }

    /**
     * Counts one coarser rollup's days again from {@code response_rollup}, and its months from its
     * days. The rows are written in day order, as answers arriving day by day would write them, so
     * that a period's rows lie together on disk.
     *
     * @param by   what the rollup counts by, naming its tables: {@code team} for
     *             {@code team_day_rollup} and {@code team_month_rollup}
     * @param keys its key columns between the day and the score
     */
    private static void rebuildDaysAndMonths(Connection connection, String by, String keys) throws SQLException {
        String days = by + "_day_rollup";
        String months = by + "_month_rollup";
        String month = "cast(date_trunc('month', utc_day) as date)";
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("delete from " + days);
            statement.executeUpdate("delete from " + months);
            statement.executeUpdate("insert into " + days + " (utc_day, " + keys + ", score, responses)"
                    + " select utc_day, " + keys + ", score, sum(responses) from response_rollup"
                    + " group by utc_day, " + keys + ", score order by utc_day");
            statement.executeUpdate("insert into " + months + " (month_start, " + keys + ", score, responses)"
                    + " select " + month + ", " + keys + ", score, sum(responses) from " + days
                    + " group by " + month + ", " + keys + ", score order by 1");
        }
    }

    /**
     * Adds the deltas, by score in rising order, to every response rollup, finest first: the
     * same order in every transaction, whatever it records.
     */
    private void addResponses(SurveyResponse response, SortedMap<Integer, Long> deltas) {
        Date day = day(response.getReceivedAt());
        Date month = Date.valueOf(day.toLocalDate().withDayOfMonth(1));
        long regionId = response.getRegion().getId();
        long teamId = response.getTeam().getId();
        long engineerId = response.getEngineer().getId();
        deltas.forEach((score, delta) -> upsert("response_rollup", RESPONSE_COLUMNS, "responses",
                new Object[] {day, regionId, teamId, engineerId,
                    response.getServiceType().getId(), response.getCustomerTier().name(),
                    response.getChannel().name(), score.shortValue()},
                new String[] {"bigint", "bigint", "bigint", "bigint", "varchar(20)", "varchar(20)", "smallint"},
                new long[] {delta}));
        deltas.forEach((score, delta) -> upsert("engineer_day_rollup", ENGINEER_DAY_COLUMNS, "responses",
                new Object[] {day, regionId, teamId, engineerId, score.shortValue()}, ENGINEER_TYPES,
                new long[] {delta}));
        deltas.forEach((score, delta) -> upsert("engineer_month_rollup", ENGINEER_MONTH_COLUMNS, "responses",
                new Object[] {month, regionId, teamId, engineerId, score.shortValue()}, ENGINEER_TYPES,
                new long[] {delta}));
        deltas.forEach((score, delta) -> upsert("team_day_rollup", TEAM_DAY_COLUMNS, "responses",
                new Object[] {day, regionId, teamId, score.shortValue()}, TEAM_TYPES, new long[] {delta}));
        deltas.forEach((score, delta) -> upsert("team_month_rollup", TEAM_MONTH_COLUMNS, "responses",
                new Object[] {month, regionId, teamId, score.shortValue()}, TEAM_TYPES, new long[] {delta}));
    }

    private void addInvitations(Invitation invitation, long invitations, long answered) {
        Job job = invitation.getJob();
        Team team = job.getEngineer().getTeam();
        Object[] key = {
            day(invitation.getCreatedAt()), team.getRegion().getId(), team.getId(), job.getEngineer().getId(),
            job.getServiceType().getId(), job.getCustomer().getTier().name(), invitation.getChannel().name()
        };
        upsert("invitation_rollup", INVITATION_COLUMNS, "invitations, answered", key,
                new String[] {"bigint", "bigint", "bigint", "bigint", "varchar(20)", "varchar(20)"},
                new long[] {invitations, answered});
    }

    /**
     * Adds the deltas to the counts of one cell, creating it when it is new, at once or, when
     * gathering, at {@link #writeGathered()}.
     */
    private void upsert(String table, String keyColumns, String countColumns, Object[] key, String[] types,
            long[] deltas) {
        if (gathered == null) {
            write(table, keyColumns, countColumns, types, Collections.singletonList(key), List.of(deltas));
            return;
        }
        int rank = tableOrder.computeIfAbsent(table, ignored -> tableOrder.size());
        long[] sums = gathered.computeIfAbsent(new Cell(rank, table, keyColumns, countColumns, key, types),
                ignored -> new long[deltas.length]);
        for (int i = 0; i < deltas.length; i++) {
            sums[i] += deltas[i];
        }
    }

    /**
     * Adds the deltas to the counts of the given cells of one table, creating the cells that are
     * new, in one statement: one round trip, and the cells' locks taken together.
     *
     * @param types the SQL types of the key columns after the day, which the standard merge needs
     *              to type its rows of parameters
     */
    private void write(String table, String keyColumns, String countColumns, String[] types, List<Object[]> keys,
            List<long[]> deltas) {
        String[] counts = countColumns.split(", ");
        StringBuilder rows = new StringBuilder();
        StringBuilder sql = new StringBuilder();
        if (isPostgreSql()) {
            String row = "(?" + ", ?".repeat(types.length + counts.length) + ")";
            for (int i = 0; i < keys.size(); i++) {
                rows.append(i == 0 ? "" : ", ").append(row);
            }
            sql.append("insert into ").append(table).append(" (").append(keyColumns).append(", ")
                    .append(countColumns).append(") values ").append(rows)
                    .append(" on conflict on constraint ").append(table).append("_key do update set ");
            for (int i = 0; i < counts.length; i++) {
                sql.append(i == 0 ? "" : ", ").append(counts[i]).append(" = ").append(table).append('.')
                        .append(counts[i]).append(" + excluded.").append(counts[i]);
            }
        } else {
            StringBuilder row = new StringBuilder("(cast(? as date)");
            for (String type : types) {
                row.append(", cast(? as ").append(type).append(')');
            }
            row.append(", cast(? as bigint)".repeat(counts.length)).append(')');
            for (int i = 0; i < keys.size(); i++) {
                rows.append(i == 0 ? "" : ", ").append(row);
            }
            String[] columns = keyColumns.split(", ");
            sql.append("merge into ").append(table).append(" t using (values ").append(rows).append(") s (")
                    .append(keyColumns).append(", ").append(countColumns).append(") on (");
            for (int i = 0; i < columns.length; i++) {
                sql.append(i == 0 ? "" : " and ").append("t.").append(columns[i]).append(" = s.").append(columns[i]);
            }
            sql.append(") when matched then update set ");
            for (int i = 0; i < counts.length; i++) {
                sql.append(i == 0 ? "" : ", ").append(counts[i]).append(" = t.").append(counts[i])
                        .append(" + s.").append(counts[i]);
            }
            sql.append(" when not matched then insert (").append(keyColumns).append(", ").append(countColumns)
                    .append(") values (s.").append(String.join(", s.", columns)).append(", s.")
                    .append(String.join(", s.", counts)).append(')');
        }

        try (PreparedStatement statement = transactionConnection().prepareStatement(sql.toString())) {
            int index = 1;
            for (int i = 0; i < keys.size(); i++) {
                for (Object value : keys.get(i)) {
                    statement.setObject(index++, value);
                }
                for (long delta : deltas.get(i)) {
                    statement.setLong(index++, delta);
                }
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("Counting in " + table + " failed", e);
        }
    }

    /**
     * The connection of the caller's transaction. The counts are written with plain JDBC rather
     * than as native queries: EclipseLink looks each positional parameter up in a list of all of
     * them, so a statement writing a batch's few hundred cells spent most of its time there.
     */
    private Connection transactionConnection() {
        Connection connection = entityManager.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("Rollups are counted inside a transaction only");
        }
        return connection;
    }

    private boolean isPostgreSql() {
        EntityManagerFactory factory = entityManager.getEntityManagerFactory();
        Boolean known = POSTGRESQL.get(factory);
        if (known != null) {
            return known;
        }
        try {
            boolean postgreSql = transactionConnection().getMetaData().getDatabaseProductName()
                    .toLowerCase(Locale.ROOT).contains("postgres");
            POSTGRESQL.put(factory, postgreSql);
            return postgreSql;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }

    private static Date day(Instant time) {
        return Date.valueOf(LocalDate.ofInstant(time, ZoneOffset.UTC));
    }

    /**
     * One row of one rollup, ordered by its table's place in the order of writing, then by its
     * key, value by value; the key values of a table are always of the same types.
     */
    private record Cell(int rank, String table, String keyColumns, String countColumns, Object[] key,
            String[] types) implements Comparable<Cell> {

        @Override
        public int compareTo(Cell other) {
            int byTable = Integer.compare(rank, other.rank);
            if (byTable != 0) {
                return byTable;
            }
            for (int i = 0; i < key.length; i++) {
                @SuppressWarnings("unchecked")
                int byValue = ((Comparable<Object>) key[i]).compareTo(other.key[i]);
                if (byValue != 0) {
                    return byValue;
                }
            }
            return 0;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Cell cell && compareTo(cell) == 0;
        }

        @Override
        public int hashCode() {
            return Objects.hash(rank, Arrays.hashCode(key));
        }
    }
}
