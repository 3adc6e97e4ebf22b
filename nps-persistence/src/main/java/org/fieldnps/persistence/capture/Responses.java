package org.fieldnps.persistence.capture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.fieldnps.persistence.customer.Customer;

/** The jobs and the responses recorded for them. */
@ApplicationScoped
public class Responses {

    @PersistenceContext(unitName = "nps")
    private EntityManager entityManager;

    protected Responses() {
    }

    /** For use outside the container, with an entity manager the caller manages. */
    public Responses(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<Job> findJob(String fsmJobId) {
        return entityManager.createQuery("select j from Job j where j.fsmJobId = :fsmJobId", Job.class)
                .setParameter("fsmJobId", fsmJobId)
                .getResultStream()
                .findFirst();
    }

    public Optional<SurveyResponse> findResponseTo(Job job) {
        return entityManager.createQuery(
                        "select r from SurveyResponse r where r.job = :job", SurveyResponse.class)
                .setParameter("job", job)
                .getResultStream()
                .findFirst();
    }

    public Optional<SurveyResponse> findResponse(long id) {
        return Optional.ofNullable(entityManager.find(SurveyResponse.class, id));
    }

    public Optional<Customer> findCustomer(String fsmId) {
        return entityManager.createQuery("select c from Customer c where c.fsmId = :fsmId", Customer.class)
                .setParameter("fsmId", fsmId)
                .getResultStream()
                .findFirst();
    }

    public long countResponses() {
        return entityManager.createQuery("select count(r) from SurveyResponse r", Long.class)
                .getSingleResult();
    }

    public void add(Customer customer) {
        entityManager.persist(customer);
    }

    public void add(Job job) {
        entityManager.persist(job);
    }

    public void add(Invitation invitation) {
        entityManager.persist(invitation);
    }

    public void add(SurveyResponse response) {
        entityManager.persist(response);
    }
}
