/** The manager's dashboard: the NPS of their scope and of each part one level down. */
package org.fieldnps.web.dashboard;
