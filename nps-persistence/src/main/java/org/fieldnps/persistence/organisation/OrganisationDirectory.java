package org.fieldnps.persistence.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Looks up the organisation hierarchy: regions, their teams, the teams' engineers. */
@ApplicationScoped
public class OrganisationDirectory {

    @PersistenceContext(unitName = "nps")
    private EntityManager entityManager;

    protected OrganisationDirectory() {
    }

    /** For use outside the container, with an entity manager the caller manages. */
    public OrganisationDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Region> regions() {
        return entityManager.createQuery("select r from Region r order by r.name", Region.class)
                .getResultList();
    }

    public Optional<Region> findRegion(long id) {
        return Optional.ofNullable(entityManager.find(Region.class, id));
    }

    public Optional<Region> findRegionByCode(String code) {
        return entityManager.createQuery("select r from Region r where r.code = :code", Region.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public Optional<Team> findTeam(long id) {
        return entityManager.createQuery(
                        "select t from Team t join fetch t.region where t.id = :id", Team.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    public Optional<Team> findTeamByCode(String code) {
        return entityManager.createQuery(
                        "select t from Team t join fetch t.region where t.code = :code", Team.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public List<Team> teamsIn(Region region) {
        return entityManager.createQuery(
                        "select t from Team t where t.region = :region order by t.name", Team.class)
                .setParameter("region", region)
                .getResultList();
    }

    public List<Engineer> engineersIn(Team team) {
        return entityManager.createQuery(
                        "select e from Engineer e where e.team = :team order by e.lastName, e.firstName",
                        Engineer.class)
                .setParameter("team", team)
                .getResultList();
    }

    public Optional<Engineer> findEngineerByFsmId(String fsmId) {
        return entityManager.createQuery(
                        "select e from Engineer e join fetch e.team t join fetch t.region"
                                + " where e.fsmId = :fsmId", Engineer.class)
                .setParameter("fsmId", fsmId)
                .getResultStream()
                .findFirst();
    }

    public List<ServiceType> serviceTypes() {
        return entityManager.createQuery("select s from ServiceType s order by s.name", ServiceType.class)
                .getResultList();
    }

    public Optional<ServiceType> findServiceTypeByCode(String code) {
        return entityManager.createQuery(
                        "select s from ServiceType s where s.code = :code", ServiceType.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public void add(Region region) {
        entityManager.persist(region);
    }

    public void add(Team team) {
        entityManager.persist(team);
    }

    public void add(Engineer engineer) {
        entityManager.persist(engineer);
    }

    public void add(ServiceType serviceType) {
        entityManager.persist(serviceType);
    }
}
