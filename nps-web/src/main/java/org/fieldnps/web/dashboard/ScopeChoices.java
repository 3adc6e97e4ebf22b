package org.fieldnps.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.persistence.organisation.Engineer;
import org.fieldnps.persistence.organisation.OrganisationDirectory;
import org.fieldnps.persistence.organisation.Region;
import org.fieldnps.persistence.organisation.Team;

/**
 * What the hierarchy filters of a page may offer a user: only the regions, teams and engineers
 * inside their scope, narrowed by what is already chosen, and the path from the top of their
 * scope down to what they look at. Called after the figures accepted the filter, so every code
 * it is given is known to be inside the scope.
 */
@RequestScoped
public class ScopeChoices {

    @Inject
    private OrganisationDirectory directory;

    /** One entry of a filter's list: the code that goes into the URL and the name a person reads. */
    public record Choice(String code, String name) {
    }

    /** One step of the path from the top of a user's scope to what the page shows. */
    public record Crumb(String name, String link) {
    }

    @Transactional
    public List<Choice> regions(AccessScope scope) {
        return switch (scope.level()) {
            case ORGANISATION -> directory.regions().stream().map(r -> new Choice(r.getCode(), r.getName())).toList();
            case REGION, TEAM -> List.of();
        };
    }

    /** Teams of the chosen region, or of the user's region; a team manager chooses no team. */
    @Transactional
    public List<Choice> teams(AccessScope scope, String regionCode) {
        Optional<Region> region = switch (scope.level()) {
            case ORGANISATION -> regionCode == null ? Optional.empty() : directory.findRegionByCode(regionCode);
            case REGION -> directory.findRegion(scope.id());
            case TEAM -> Optional.empty();
        };
        return region.map(r -> directory.teamsIn(r).stream().map(t -> new Choice(t.getCode(), t.getName())).toList())
                .orElse(List.of());
    }

    /** Engineers of the chosen team, or of the user's own team. */
    @Transactional
    public List<Choice> engineers(AccessScope scope, String teamCode) {
        Optional<Team> team = scope.level() == AccessScope.Level.TEAM
                ? directory.findTeam(scope.id())
                : Optional.ofNullable(teamCode).flatMap(directory::findTeamByCode);
        return team.map(t -> directory.engineersIn(t).stream()
                        .map(e -> new Choice(e.getFsmId(), e.getFullName())).toList())
                .orElse(List.of());
    }

    @Transactional
    public List<Choice> serviceTypes() {
        return directory.serviceTypes().stream().map(s -> new Choice(s.getCode(), s.getName())).toList();
    }

    /**
     * The path from the top of the scope to the region, team and engineer the parameters name,
     * each step a link that keeps every other filter.
     */
    @Transactional
    public List<Crumb> path(AccessScope scope, String organisationName, PageParameters parameters,
            String contextPath, String page) {
        Optional<Engineer> engineer = Optional.ofNullable(parameters.get("engineer"))
                .flatMap(directory::findEngineerByFsmId);
        Optional<Team> team = Optional.ofNullable(parameters.get("team")).flatMap(directory::findTeamByCode)
                .or(() -> engineer.map(Engineer::getTeam))
                .or(() -> scope.level() == AccessScope.Level.TEAM ? directory.findTeam(scope.id()) : Optional.empty());
        Optional<Region> region = Optional.ofNullable(parameters.get("region")).flatMap(directory::findRegionByCode)
                .or(() -> team.map(Team::getRegion))
                .or(() -> scope.level() == AccessScope.Level.REGION
                        ? directory.findRegion(scope.id()) : Optional.empty());

        List<Crumb> path = new ArrayList<>();
        PageParameters top = parameters.without("region", "team", "engineer");
        if (scope.level() == AccessScope.Level.ORGANISATION) {
            path.add(new Crumb(organisationName, top.link(contextPath, page)));
        }
        if (scope.level() != AccessScope.Level.TEAM && region.isPresent()) {
            PageParameters atRegion = scope.level() == AccessScope.Level.ORGANISATION
                    ? top.with("region", region.get().getCode()) : top;
            path.add(new Crumb(region.get().getName(), atRegion.link(contextPath, page)));
        }
        if (team.isPresent()) {
            PageParameters atTeam = scope.level() == AccessScope.Level.TEAM
                    ? top : parameters.without("engineer").with("team", team.get().getCode());
            path.add(new Crumb(team.get().getName(), atTeam.link(contextPath, page)));
        }
        engineer.ifPresent(e -> path.add(new Crumb(e.getFullName(), parameters.link(contextPath, page))));
        return path;
    }
}
