package org.fieldnps.persistence.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.fieldnps.persistence.organisation.Region;
import org.fieldnps.persistence.organisation.Team;

/**
 * An account for the portal. The password is kept only as a salted PBKDF2 hash in the format of
 * Jakarta Security's {@code Pbkdf2PasswordHash}, which the identity store checks it against.
 */
@Entity
@Table(name = "portal_user")
public class PortalUser {

    @Id
    @SequenceGenerator(name = "portal_user_seq", sequenceName = "portal_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_user_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PortalUser() {
    }

    private PortalUser(String username, String displayName, String passwordHash, Role role,
            Region region, Team team, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.region = region;
        this.team = team;
        this.createdAt = createdAt;
    }

    public static PortalUser admin(String username, String displayName, String passwordHash, Instant now) {
        return new PortalUser(username, displayName, passwordHash, Role.ADMIN, null, null, now);
    }

    public static PortalUser regionManager(String username, String displayName, String passwordHash,
            Region region, Instant now) {
        return new PortalUser(username, displayName, passwordHash, Role.MANAGER, region, null, now);
    }

    public static PortalUser teamManager(String username, String displayName, String passwordHash,
            Team team, Instant now) {
        return new PortalUser(username, displayName, passwordHash, Role.MANAGER, null, team, now);
    }

    /** The part of the organisation this account may see. */
    public AccessScope scope() {
        if (team != null) {
            return AccessScope.team(team.getId());
        }
        if (region != null) {
            return AccessScope.region(region.getId());
        }
        return AccessScope.organisation();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Region getRegion() {
        return region;
    }

    public Team getTeam() {
        return team;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
