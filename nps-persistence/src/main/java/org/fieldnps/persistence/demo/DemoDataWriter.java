package org.fieldnps.persistence.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.fieldnps.persistence.capture.SurveyTokens;
import org.fieldnps.persistence.demo.DemoHistory.CustomerRow;
import org.fieldnps.persistence.demo.DemoHistory.EngineerRow;
import org.fieldnps.persistence.demo.DemoHistory.JobRow;
import org.fieldnps.persistence.demo.DemoHistory.ResponseRow;
import org.fieldnps.persistence.rollup.FigureRollups;

/**
 * Writes a demo history with JDBC batches in one transaction: a hundred thousand rows through
 * the entity manager would take minutes, through batches it takes seconds. Keys are assigned
 * here and the sequences are moved past them afterwards.
 */
final class DemoDataWriter {

    static final String ADMIN = "admin";
    static final String REGION_MANAGER = "region.manager";
    static final String TEAM_MANAGER = "team.manager";

    private static final int BATCH_SIZE = 1_000;
    /** The entities' sequence allocation size: EclipseLink takes a value as the end of a block. */
    private static final int ALLOCATION_SIZE = 50;
    private static final int SURVEY_DAYS = 14;

    /** Writes the history and the three demo accounts, all sharing one password hash. */
    void write(Connection connection, DemoHistory history, String passwordHash) throws SQLException {
        writeOrganisation(connection, history);
        writeCustomers(connection, history);
        Map<Long, ResponseRow> responsesByJob = new HashMap<>();
        history.responses().forEach(response -> responsesByJob.put(response.job().id(), response));
        writeJobsAndInvitations(connection, history, responsesByJob);
        writeResponses(connection, history);
        FigureRollups.rebuild(connection);
        writeAccounts(connection, history, passwordHash);
        moveSequencesPast(connection, history);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("update organisation_settings set company_name = 'Brightwater Field Services'");
        }
    }

    private void writeOrganisation(Connection connection, DemoHistory history) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into region (id, code, name) values (?, ?, ?)")) {
            for (var region : history.regions()) {
                insert.setLong(1, region.id());
                insert.setString(2, region.code());
                insert.setString(3, region.name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into team (id, code, name, region_id) values (?, ?, ?, ?)")) {
            for (var team : history.teams()) {
                insert.setLong(1, team.id());
                insert.setString(2, team.code());
                insert.setString(3, team.name());
                insert.setLong(4, team.regionId());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into engineer (id, fsm_id, first_name, last_name, team_id, active)"
                        + " values (?, ?, ?, ?, ?, ?)")) {
            for (EngineerRow engineer : history.engineers()) {
                insert.setLong(1, engineer.id());
                insert.setString(2, engineer.fsmId());
                insert.setString(3, engineer.firstName());
                insert.setString(4, engineer.lastName());
                insert.setLong(5, engineer.team().id());
                insert.setBoolean(6, true);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into service_type (id, code, name) values (?, ?, ?)")) {
            for (var serviceType : history.serviceTypes()) {
                insert.setLong(1, serviceType.id());
                insert.setString(2, serviceType.code());
                insert.setString(3, serviceType.name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void writeCustomers(Connection connection, DemoHistory history) throws SQLException {
        try (PreparedStatement customers = connection.prepareStatement(
                "insert into customer (id, fsm_id, name, email, phone, tier, language, opted_out)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement sites = connection.prepareStatement(
                        "insert into site (id, fsm_id, customer_id, name, town) values (?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (CustomerRow customer : history.customers()) {
                customers.setLong(1, customer.id());
                customers.setString(2, customer.fsmId());
                customers.setString(3, customer.name());
                customers.setString(4, customer.email());
                customers.setString(5, customer.phone());
                customers.setString(6, customer.tier().name());
                customers.setString(7, customer.language());
                customers.setBoolean(8, false);
                customers.addBatch();

                sites.setLong(1, customer.siteId());
                sites.setString(2, "S-%05d".formatted(customer.siteId()));
                sites.setLong(3, customer.id());
                sites.setString(4, customer.siteName());
                sites.setString(5, customer.town());
                sites.addBatch();

                if (++pending == BATCH_SIZE) {
                    customers.executeBatch();
                    sites.executeBatch();
                    pending = 0;
                }
            }
            customers.executeBatch();
            sites.executeBatch();
        }
    }

    private void writeJobsAndInvitations(Connection connection, DemoHistory history,
            Map<Long, ResponseRow> responsesByJob) throws SQLException {
        try (PreparedStatement jobs = connection.prepareStatement(
                "insert into job (id, fsm_job_id, completed_at, engineer_id, service_type_id, customer_id, site_id)"
                        + " values (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement invitations = connection.prepareStatement(
                        "insert into invitation (id, job_id, token, channel, state, created_at, sent_at,"
                                + " reminded_at, expires_at, answered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (JobRow job : history.jobs()) {
                jobs.setLong(1, job.id());
                jobs.setString(2, job.fsmJobId());
                jobs.setTimestamp(3, Timestamp.from(job.completedAt()));
                jobs.setLong(4, job.engineer().id());
                jobs.setLong(5, job.serviceType().id());
                jobs.setLong(6, job.customer().id());
                jobs.setLong(7, job.customer().siteId());
                jobs.addBatch();

                addInvitation(invitations, job, responsesByJob.get(job.id()), history.end());

                if (++pending == BATCH_SIZE) {
                    jobs.executeBatch();
                    invitations.executeBatch();
                    pending = 0;
                }
            }
            jobs.executeBatch();
            invitations.executeBatch();
        }
    }

    private void addInvitation(PreparedStatement invitations, JobRow job, ResponseRow response, Instant now)
            throws SQLException {
        Instant created = job.completedAt().plusSeconds(60);
        Instant expires = created.plus(SURVEY_DAYS, ChronoUnit.DAYS);
        Instant reminded = created.plus(3, ChronoUnit.DAYS);
        boolean wasReminded = response == null ? reminded.isBefore(now) : response.receivedAt().isAfter(reminded);
        String state = response != null ? "ANSWERED" : expires.isBefore(now) ? "EXPIRED"
                : wasReminded ? "REMINDED" : "SENT";

        invitations.setLong(1, job.id());
        invitations.setLong(2, job.id());
        invitations.setString(3, SurveyTokens.next());
        invitations.setString(4, response == null ? "EMAIL" : response.channel().name());
        invitations.setString(5, state);
        invitations.setTimestamp(6, Timestamp.from(created));
        invitations.setTimestamp(7, Timestamp.from(created));
        setInstant(invitations, 8, wasReminded ? reminded : null);
        invitations.setTimestamp(9, Timestamp.from(expires));
        setInstant(invitations, 10, response == null ? null : response.receivedAt());
        invitations.addBatch();
    }

    private void writeResponses(Connection connection, DemoHistory history) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into survey_response (id, job_id, invitation_id, score, reason, channel, received_at,"
                        + " engineer_id, team_id, region_id, service_type_id, customer_id, customer_tier)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (ResponseRow response : history.responses()) {
                JobRow job = response.job();
                insert.setLong(1, response.id());
                insert.setLong(2, job.id());
                insert.setLong(3, job.id());
                insert.setInt(4, response.score());
                insert.setString(5, response.reason());
                insert.setString(6, response.channel().name());
                insert.setTimestamp(7, Timestamp.from(response.receivedAt()));
                insert.setLong(8, job.engineer().id());
                insert.setLong(9, job.engineer().team().id());
                insert.setLong(10, job.engineer().team().regionId());
                insert.setLong(11, job.serviceType().id());
                insert.setLong(12, job.customer().id());
                insert.setString(13, job.customer().tier().name());
                insert.addBatch();
                if (++pending == BATCH_SIZE) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }

    private void writeAccounts(Connection connection, DemoHistory history, String passwordHash)
            throws SQLException {
        var declining = history.teams().stream()
                .filter(team -> team.code().equals(DemoHistory.DECLINING_TEAM))
                .findFirst()
                .orElseThrow();
        Timestamp now = Timestamp.from(history.end());
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into portal_user (id, username, display_name, password_hash, role, region_id, team_id,"
                        + " active, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            addAccount(insert, 1, ADMIN, "Alex Admin", passwordHash, "ADMIN", null, null, now);
            addAccount(insert, 2, REGION_MANAGER, "Rosa Regional", passwordHash, "MANAGER",
                    declining.regionId(), null, now);
            addAccount(insert, 3, TEAM_MANAGER, "Theo Teamlead", passwordHash, "MANAGER",
                    null, declining.id(), now);
            insert.executeBatch();
        }
    }

    private static void addAccount(PreparedStatement insert, long id, String username, String displayName,
            String passwordHash, String role, Long regionId, Long teamId, Timestamp now) throws SQLException {
        insert.setLong(1, id);
        insert.setString(2, username);
        insert.setString(3, displayName);
        insert.setString(4, passwordHash);
        insert.setString(5, role);
        insert.setObject(6, regionId, Types.BIGINT);
        insert.setObject(7, teamId, Types.BIGINT);
        insert.setBoolean(8, true);
        insert.setTimestamp(9, now);
        insert.addBatch();
    }

    private static void moveSequencesPast(Connection connection, DemoHistory history) throws SQLException {
        Map<String, Integer> highestIds = Map.of(
                "region_seq", history.regions().size(),
                "team_seq", history.teams().size(),
                "engineer_seq", history.engineers().size(),
                "service_type_seq", history.serviceTypes().size(),
                "customer_seq", history.customers().size(),
                "site_seq", history.customers().size(),
                "job_seq", history.jobs().size(),
                "invitation_seq", history.jobs().size(),
                "survey_response_seq", history.responses().size(),
                "portal_user_seq", 3);
        try (Statement statement = connection.createStatement()) {
            for (var sequence : highestIds.entrySet()) {
                statement.executeUpdate("alter sequence " + sequence.getKey() + " restart with "
                        + (sequence.getValue() + ALLOCATION_SIZE));
            }
        }
    }

    private static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setTimestamp(index, Timestamp.from(instant));
        }
    }
}
