/**
 * The figures of the manager portal and the figures API: NPS, its interval, the 0-10
 * distribution, the split into promoters, passives and detractors, the change against the
 * previous period, the response rate and the target, for any period, scope and filter, whole or
 * grouped by a dimension or by week or month. Every figure is read from the daily rollups that
 * the write side keeps current, never by scanning responses, and categorised here under the
 * scoring policy in force.
 */
package org.fieldnps.reporting.figures;
