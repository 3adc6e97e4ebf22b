/**
 * Single responses as they were recorded, found by time, job, place in the organisation and
 * category, a page at a time: what the REST API lists for integrators and what a manager's
 * drill-down ends in. Every search is narrowed to the caller's {@code AccessScope}.
 */
package org.fieldnps.reporting.responses;
