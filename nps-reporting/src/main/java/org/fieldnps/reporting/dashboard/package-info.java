/**
 * The figures a manager's dashboard shows: the NPS of their scope with its uncertainty, and of
 * each part one level down, over a period.
 */
package org.fieldnps.reporting.dashboard;
