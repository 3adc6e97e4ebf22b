/**
 * Survey invitations by email: the mail a customer gets after a job, in their language, with the
 * eleven scores as links into the survey; the one reminder after the days the survey rules set;
 * and the run every few seconds that expires what is overdue, claims what is due and sends it,
 * so that several instances on one database send each mail once, and mail that cannot go out now
 * waits for a later run instead of being lost.
 */
package org.fieldnps.reporting.delivery.invitations;
