package org.fieldnps.persistence.access;

import java.util.Objects;

/**
 * The part of the organisation a portal user may see: all of it, one region or one team. Every
 * query that returns responses or figures to a user is narrowed by it.
 */
public record AccessScope(Level level, Long id) {

    /** How far up the hierarchy a scope reaches. */
    public enum Level {
        ORGANISATION, REGION, TEAM
    }

    public AccessScope {
        Objects.requireNonNull(level, "level");
        if ((level == Level.ORGANISATION) != (id == null)) {
            throw new IllegalArgumentException("A region or team scope needs an id; the organisation has none");
        }
    }

    public static AccessScope organisation() {
        return new AccessScope(Level.ORGANISATION, null);
    }

    public static AccessScope region(long regionId) {
        return new AccessScope(Level.REGION, regionId);
    }

    public static AccessScope team(long teamId) {
        return new AccessScope(Level.TEAM, teamId);
    }
}
