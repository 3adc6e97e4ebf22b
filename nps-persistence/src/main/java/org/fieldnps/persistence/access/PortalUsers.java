package org.fieldnps.persistence.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The portal accounts. */
@ApplicationScoped
public class PortalUsers {

    @PersistenceContext(unitName = "nps")
    private EntityManager entityManager;

    protected PortalUsers() {
    }

    /** For use outside the container, with an entity manager the caller manages. */
    public PortalUsers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<PortalUser> findByUsername(String username) {
        return entityManager.createQuery(
                        "select u from PortalUser u left join fetch u.region left join fetch u.team"
                                + " where u.username = :username", PortalUser.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    public boolean anyExist() {
        return entityManager.createQuery("select count(u) from PortalUser u", Long.class)
                .getSingleResult() > 0;
    }

    public void add(PortalUser user) {
        entityManager.persist(user);
    }
}
