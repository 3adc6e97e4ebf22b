package org.fieldnps.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.fieldnps.domain.capture.Channel;
import org.fieldnps.domain.organisation.CustomerTier;
import org.fieldnps.domain.scoring.Category;
import org.fieldnps.domain.scoring.Score;
import org.fieldnps.domain.scoring.ScoringPolicy;
import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.persistence.access.PortalUser;
import org.fieldnps.persistence.access.PortalUsers;
import org.fieldnps.persistence.capture.Invitation;
import org.fieldnps.persistence.capture.InvitationState;
import org.fieldnps.persistence.capture.Job;
import org.fieldnps.persistence.capture.Responses;
import org.fieldnps.persistence.capture.SurveyResponse;
import org.fieldnps.persistence.organisation.Engineer;
import org.fieldnps.persistence.organisation.OrganisationDirectory;
import org.fieldnps.persistence.settings.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The repositories against the real schema, on H2 and (in the second run) on PostgreSQL. */
@Tag("database")
class RepositoriesTest {

    private static final Instant JOB_DONE = Instant.parse("2026-11-20T10:15:00Z");

    private static TestDatabase database;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.create();
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void findsEngineerByFieldServiceIdWithTeamAndRegion() {
        database.inTransaction(em -> TestOrganisation.persistIn(em, "find"));

        Engineer found = database.inTransaction(
                em -> new OrganisationDirectory(em).findEngineerByFsmId("find-E1").orElseThrow());

        assertThat(found.getFullName()).isEqualTo("Ada Lovelace");
        assertThat(found.getTeam().getCode()).isEqualTo("find-T1");
        assertThat(found.getTeam().getRegion().getCode()).isEqualTo("find-R");
    }

    @Test
    void unknownEngineerIsAnEmptyResultNotAnError() {
        Optional<Engineer> found = database.inTransaction(
                em -> new OrganisationDirectory(em).findEngineerByFsmId("nobody"));

        assertThat(found).isEmpty();
    }

    @Test
    void responseKeepsTheTeamOfTheTimeOfTheJobAfterTheEngineerMoves() {
        TestOrganisation organisation = database.inTransaction(em -> TestOrganisation.persistIn(em, "move"));
        long responseId = database.inTransaction(em -> {
            Job job = organisation.persistJob(em, JOB_DONE);
            SurveyResponse response = new SurveyResponse(job, null, Score.of(4), "Late again", Channel.EMAIL,
                    JOB_DONE.plus(1, ChronoUnit.HOURS));
            em.persist(response);
            em.flush();
            return response.getId();
        });

        database.execute(em -> {
            em.find(Engineer.class, organisation.engineer.getId()).moveTo(em.merge(organisation.secondTeam));
        });

        SurveyResponse stored = database.inTransaction(
                em -> {
                    SurveyResponse response = new Responses(em).findResponse(responseId).orElseThrow();
                    response.getTeam().getCode();
                    response.getEngineer().getTeam().getCode();
                    return response;
                });
        assertThat(stored.getTeam().getCode()).isEqualTo("move-T1");
        assertThat(stored.getEngineer().getTeam().getCode()).isEqualTo("move-T2");
        assertThat(stored.getCustomerTier()).isEqualTo(CustomerTier.KEY);
        assertThat(stored.getScore()).isEqualTo(Score.of(4));
        assertThat(stored.categoryUnder(ScoringPolicy.STANDARD)).isEqualTo(Category.DETRACTOR);
    }

    @Test
    void secondResponseToTheSameJobIsRefusedByTheDatabase() {
        TestOrganisation organisation = database.inTransaction(em -> TestOrganisation.persistIn(em, "twice"));
        Job job = database.inTransaction(em -> {
            Job created = organisation.persistJob(em, JOB_DONE);
            em.persist(new SurveyResponse(created, null, Score.of(9), null, Channel.SMS, JOB_DONE));
            return created;
        });

        assertThatThrownBy(() -> database.execute(em -> {
            em.persist(new SurveyResponse(em.merge(job), null, Score.of(10), null, Channel.SMS, JOB_DONE));
        })).isInstanceOf(PersistenceException.class);

        Optional<SurveyResponse> stored = database.inTransaction(
                em -> new Responses(em).findResponseTo(em.merge(job)));
        assertThat(stored).get().extracting(SurveyResponse::getScore).isEqualTo(Score.of(9));
    }

    @Test
    void scoreOutsideZeroToTenIsRefusedByTheDatabaseToo() {
        TestOrganisation organisation = database.inTransaction(em -> TestOrganisation.persistIn(em, "range"));
        Job job = database.inTransaction(em -> organisation.persistJob(em, JOB_DONE));

        assertThatThrownBy(() -> database.execute(em -> {
            em.createNativeQuery("insert into survey_response (id, job_id, score, channel, received_at,"
                            + " engineer_id, team_id, region_id, service_type_id, customer_id, customer_tier)"
                            + " values (999999, ?, 11, 'EMAIL', ?, ?, ?, ?, ?, ?, 'KEY')")
                    .setParameter(1, job.getId())
                    .setParameter(2, JOB_DONE)
                    .setParameter(3, organisation.engineer.getId())
                    .setParameter(4, organisation.firstTeam.getId())
                    .setParameter(5, organisation.region.getId())
                    .setParameter(6, organisation.repair.getId())
                    .setParameter(7, organisation.customer.getId())
                    .executeUpdate();
        })).isInstanceOf(PersistenceException.class);
    }

    @Test
    void invitationStartsPendingAndIsFoundThroughItsJob() {
        TestOrganisation organisation = database.inTransaction(em -> TestOrganisation.persistIn(em, "invite"));
        database.execute(em -> {
            Job job = organisation.persistJob(em, JOB_DONE);
            new Responses(em).add(new Invitation(job, "tok-" + job.getFsmJobId(), Channel.EMAIL, JOB_DONE,
                    JOB_DONE.plus(14, ChronoUnit.DAYS)));
        });

        Invitation stored = database.inTransaction(em -> em.createQuery(
                        "select i from Invitation i where i.token = 'tok-invite-J1'", Invitation.class)
                .getSingleResult());

        assertThat(stored.getState()).isEqualTo(InvitationState.PENDING);
        assertThat(stored.getExpiresAt()).isEqualTo(JOB_DONE.plus(14, ChronoUnit.DAYS));
    }

    @Test
    void managerAccountCarriesItsScope() {
        TestOrganisation organisation = database.inTransaction(em -> TestOrganisation.persistIn(em, "scope"));
        database.execute(em -> {
            PortalUsers users = new PortalUsers(em);
            users.add(PortalUser.teamManager("scope.team", "Team Manager", "hash",
                    em.merge(organisation.firstTeam), JOB_DONE));
            users.add(PortalUser.regionManager("scope.region", "Region Manager", "hash",
                    em.merge(organisation.region), JOB_DONE));
        });

        AccessScope teamScope = database.inTransaction(
                em -> new PortalUsers(em).findByUsername("scope.team").orElseThrow().scope());
        AccessScope regionScope = database.inTransaction(
                em -> new PortalUsers(em).findByUsername("scope.region").orElseThrow().scope());

        assertThat(teamScope).isEqualTo(AccessScope.team(organisation.firstTeam.getId()));
        assertThat(regionScope).isEqualTo(AccessScope.region(organisation.region.getId()));
    }

    @Test
    void answersOfATeamReachItsManagersTheRegionsManagersAndTheAdmins() {
        TestOrganisation here = database.inTransaction(em -> TestOrganisation.persistIn(em, "aud"));
        TestOrganisation elsewhere = database.inTransaction(em -> TestOrganisation.persistIn(em, "oth"));
        database.execute(em -> {
            PortalUsers users = new PortalUsers(em);
            users.add(PortalUser.admin("aud.admin", "Admin", "hash", JOB_DONE));
            users.add(PortalUser.regionManager("aud.region", "R", "hash", em.merge(here.region), JOB_DONE));
            users.add(PortalUser.teamManager("aud.team1", "T1", "hash", em.merge(here.firstTeam), JOB_DONE));
            users.add(PortalUser.teamManager("aud.team2", "T2", "hash", em.merge(here.secondTeam), JOB_DONE));
            users.add(PortalUser.regionManager("aud.other", "O", "hash", em.merge(elsewhere.region), JOB_DONE));
        });

        List<String> audience = database.inTransaction(em -> new PortalUsers(em)
                .usernamesSeeing(here.region.getId(), here.firstTeam.getId()));

        assertThat(audience).contains("aud.admin", "aud.region", "aud.team1")
                .doesNotContain("aud.team2", "aud.other");
    }

    @Test
    void adminWithARegionIsRefusedByTheDatabase() {
        TestOrganisation organisation = database.inTransaction(em -> TestOrganisation.persistIn(em, "bad"));

        assertThatThrownBy(() -> database.execute(em -> {
            em.createNativeQuery("insert into portal_user (id, username, display_name, password_hash, role,"
                            + " region_id, active, created_at) values (999999, 'x', 'x', 'x', 'ADMIN', ?, true, ?)")
                    .setParameter(1, organisation.region.getId())
                    .setParameter(2, JOB_DONE)
                    .executeUpdate();
        })).isInstanceOf(PersistenceException.class);
    }

    @Test
    void settingsStartWithTheStandardScoringPolicy() {
        ScoringPolicy policy = database.inTransaction(em -> new Settings(em).scoringPolicy());

        assertThat(policy).isEqualTo(ScoringPolicy.STANDARD);
    }
}
