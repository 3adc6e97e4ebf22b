package org.fieldnps.persistence.access;

/** What a portal account may do. The names are the security roles the portal checks. */
public enum Role {
    /** Sees everything and configures the product. */
    ADMIN,
    /** Sees the region or team they are responsible for. */
    MANAGER
}
