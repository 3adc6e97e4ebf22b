/**
 * The responses a manager drills down to: the table of responses under the filters in the
 * address, one response with its customer, job and invitation, and the exports of the table.
 * The filters are the portal's shared GET parameters, so links, bookmarks and the back button
 * keep them; what the user may see is narrowed by their scope in the reporting module.
 */
package org.fieldnps.web.responses;
