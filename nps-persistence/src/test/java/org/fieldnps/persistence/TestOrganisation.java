package org.fieldnps.persistence;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.fieldnps.domain.organisation.CustomerTier;
import org.fieldnps.persistence.capture.Job;
import org.fieldnps.persistence.customer.Customer;
import org.fieldnps.persistence.organisation.Engineer;
import org.fieldnps.persistence.organisation.Region;
import org.fieldnps.persistence.organisation.ServiceType;
import org.fieldnps.persistence.organisation.Team;

/**
 * Builds a small organisation for a test: one region with two teams, an engineer in the first,
 * a service type and a customer. Codes carry a prefix so that one database can hold several.
 */
public final class TestOrganisation {

    public final Region region;
    public final Team firstTeam;
    public final Team secondTeam;
    public final Engineer engineer;
    public final ServiceType repair;
    public final Customer customer;

    private final String prefix;
    private int jobNumber;

    private TestOrganisation(EntityManager entityManager, String prefix) {
        this.prefix = prefix;
        region = new Region(prefix + "-R", "Region " + prefix);
        firstTeam = new Team(prefix + "-T1", "Team one " + prefix, region);
        secondTeam = new Team(prefix + "-T2", "Team two " + prefix, region);
        engineer = new Engineer(prefix + "-E1", "Ada", "Lovelace", firstTeam);
        repair = new ServiceType(prefix + "-repair", "Repair");
        customer = new Customer(prefix + "-C1", "Babbage Engines", CustomerTier.KEY, "en");
        customer.setContact("charles@example.org", "+44 1234 567890");
        for (Object entity : new Object[] {region, firstTeam, secondTeam, engineer, repair, customer}) {
            entityManager.persist(entity);
        }
    }

    public static TestOrganisation persistIn(EntityManager entityManager, String prefix) {
        return new TestOrganisation(entityManager, prefix);
    }

    /** A new completed job by the organisation's engineer for its customer, persisted. */
    public Job persistJob(EntityManager entityManager, Instant completedAt) {
        return persistJob(entityManager, engineer, completedAt);
    }

    /** A new completed job by the given engineer for the organisation's customer, persisted. */
    public Job persistJob(EntityManager entityManager, Engineer byEngineer, Instant completedAt) {
        Job job = new Job(prefix + "-J" + (++jobNumber), completedAt, entityManager.merge(byEngineer),
                entityManager.merge(repair), entityManager.merge(customer), null);
        entityManager.persist(job);
        return job;
    }
}
