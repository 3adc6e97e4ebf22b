/**
 * The database itself: which one (embedded H2 or PostgreSQL, chosen by configuration), its
 * schema (Flyway migrations that run on both) and whether it is there to serve.
 */
package org.fieldnps.persistence;
