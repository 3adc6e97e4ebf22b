package org.fieldnps.persistence.rollup;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import org.fieldnps.domain.scoring.Score;
import org.fieldnps.persistence.capture.Invitation;
import org.fieldnps.persistence.capture.Job;
import org.fieldnps.persistence.capture.SurveyResponse;
import org.fieldnps.persistence.organisation.Team;

/**
 * Keeps {@code response_rollup} and {@code invitation_rollup} current, inside the caller's
 * transaction. A count is added with one upsert per change: PostgreSQL's
 * {@code insert … on conflict do update}, which stays correct when two answers for the same cell
 * arrive at once, and the standard {@code merge} elsewhere (H2, which locks the row it merges).
 * Days are UTC days.
 */
public class FigureRollups {

    private static final Map<EntityManagerFactory, Boolean> POSTGRESQL =
            Collections.synchronizedMap(new WeakHashMap<>());

    private static final String RESPONSE_COLUMNS =
            "utc_day, region_id, team_id, engineer_id, service_type_id, customer_tier, channel, score";
    private static final String INVITATION_COLUMNS =
            "utc_day, region_id, team_id, engineer_id, service_type_id, customer_tier, channel";

    private final EntityManager entityManager;

    public FigureRollups(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Counts a response just recorded at its score. */
    public void countResponse(SurveyResponse response) {
        addResponses(response, response.getScore(), 1);
    }

    /** Moves a changed answer from its old score to its new one. */
    public void moveResponse(SurveyResponse response, Score oldScore) {
        if (!oldScore.equals(response.getScore())) {
            addResponses(response, oldScore, -1);
            addResponses(response, response.getScore(), 1);
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
    }

    private void addResponses(SurveyResponse response, Score score, long delta) {
        Object[] key = {
            day(response.getReceivedAt()), response.getRegion().getId(), response.getTeam().getId(),
            response.getEngineer().getId(), response.getServiceType().getId(), response.getCustomerTier().name(),
            response.getChannel().name(), (short) score.value()
        };
        upsert("response_rollup", RESPONSE_COLUMNS, "responses", key,
                new String[] {"bigint", "bigint", "bigint", "bigint", "varchar(20)", "varchar(20)", "smallint"},
                new long[] {delta});
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
     * Adds the deltas to the counts of one cell, creating it when it is new.
     *
     * @param types the SQL types of the key columns after the day, which the standard merge needs
     *              to type its row of parameters
     */
    private void upsert(String table, String keyColumns, String countColumns, Object[] key, String[] types,
            long[] deltas) {
        String[] counts = countColumns.split(", ");
        String placeholders = "?" + ", ?".repeat(key.length + deltas.length - 1);
        StringBuilder sql = new StringBuilder();
        if (isPostgreSql()) {
            sql.append("insert into ").append(table).append(" (").append(keyColumns).append(", ")
                    .append(countColumns).append(") values (").append(placeholders)
                    .append(") on conflict on constraint ").append(table).append("_key do update set ");
            for (int i = 0; i < counts.length; i++) {
                sql.append(i == 0 ? "" : ", ").append(counts[i]).append(" = ").append(table).append('.')
                        .append(counts[i]).append(" + excluded.").append(counts[i]);
            }
        } else {
            String[] columns = keyColumns.split(", ");
            StringBuilder row = new StringBuilder("cast(? as date)");
            for (String type : types) {
                row.append(", cast(? as ").append(type).append(')');
            }
            for (int i = 0; i < deltas.length; i++) {
                row.append(", cast(? as bigint)");
            }
            sql.append("merge into ").append(table).append(" t using (values (").append(row).append(")) s (")
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

        Query query = entityManager.createNativeQuery(sql.toString());
        int index = 1;
        for (Object value : key) {
            query.setParameter(index++, value);
        }
        for (long delta : deltas) {
            query.setParameter(index++, delta);
        }
        query.executeUpdate();
    }

    private boolean isPostgreSql() {
        EntityManagerFactory factory = entityManager.getEntityManagerFactory();
        Boolean known = POSTGRESQL.get(factory);
        if (known != null) {
            return known;
        }
        Connection connection = entityManager.unwrap(Connection.class);
        if (connection == null) {
            return false;
        }
        try {
            boolean postgreSql = connection.getMetaData().getDatabaseProductName()
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
}
