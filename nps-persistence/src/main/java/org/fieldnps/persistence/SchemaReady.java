package org.fieldnps.persistence;

/**
 * Fired once the database schema is current, so that what needs tables (first accounts, demo
 * data) runs after the migrations and not before. Observers run in the order of their priority.
 */
public record SchemaReady(String schemaVersion) {

    /** Demo data goes first, so that its accounts are there when the first-admin rule looks. */
    public static final int DEMO_DATA = 100;

    public static final int FIRST_ADMIN = 200;
}
