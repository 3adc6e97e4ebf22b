package org.fieldnps.persistence.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
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

    /**
     * The accounts that see answers attributed to a team in a region: the admins, the region's
     * managers and the team's managers. In a transaction of its own, as live pages ask from a
     * scheduled task: without one the container's entity manager is left to close with a
     * request that a scheduled task does not have, and every later run of the task fails.
     */
    @Transactional
    public List<String> usernamesSeeing(long regionId, long teamId) {
        return entityManager.createQuery(
                        "select u.username from PortalUser u where u.active = true and (u.role = :admin"
                                + " or u.region.id = :regionId or u.team.id = :teamId)", String.class)
                .setParameter("admin", Role.ADMIN)
                .setParameter("regionId", regionId)
                .setParameter("teamId", teamId)
                .getResultList();
    }

    public boolean anyExist() {
        return entityManager.createQuery("select count(u) from PortalUser u", Long.class)
                .getSingleResult() > 0;
    }

    public void add(PortalUser user) {
        entityManager.persist(user);
    }
}
