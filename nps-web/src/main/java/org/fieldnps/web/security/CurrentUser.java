package org.fieldnps.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import org.fieldnps.persistence.access.AccessScope;
import org.fieldnps.persistence.access.PortalUser;
import org.fieldnps.persistence.access.PortalUsers;
import org.fieldnps.persistence.access.Role;

/**
 * The logged-in portal user for this request: name, role and the part of the organisation they
 * may see. Read fresh on every request, so that a changed scope takes effect at once.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private PortalUsers users;

    private PortalUser user;
    private String scopeName;

    @Transactional
    void load() {
        if (user != null) {
            return;
        }
        Principal caller = securityContext.getCallerPrincipal();
        if (caller == null) {
            throw new IllegalStateException("No portal user is logged in on this request");
        }
        user = users.findByUsername(caller.getName())
                .orElseThrow(() -> new IllegalStateException("The logged-in account no longer exists"));
        scopeName = switch (user.scope().level()) {
            case ORGANISATION -> "All regions";
            case REGION -> user.getRegion().getName() + " region";
            case TEAM -> user.getTeam().getName() + " team";
        };
    }

    public String getUsername() {
        load();
        return user.getUsername();
    }

    public String getDisplayName() {
        load();
        return user.getDisplayName();
    }

    public boolean isAdmin() {
        load();
        return user.getRole() == Role.ADMIN;
    }

    public AccessScope getScope() {
        load();
        return user.scope();
    }

    /** The scope in words for the header: "All regions", "North West region", "Liverpool team". */
    public String getScopeName() {
        load();
        return scopeName;
    }
}
