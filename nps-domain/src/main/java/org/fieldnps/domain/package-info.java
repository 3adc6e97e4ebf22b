/**
 * The rules of Net Promoter Score for field service, kept free of any container so they can be
 * reasoned about and tested on their own: what a score is, which answers count as promoters,
 * passives and detractors, and how much an NPS computed from a handful of answers can be trusted.
 * Everything else in the product (persistence, rollups, reports, the portal and the REST API)
 * applies these rules and never restates them; a business failure anywhere is a
 * {@link org.fieldnps.domain.BusinessRuleException}, which the web layer turns into a message that
 * names the offending field.
 */
package org.fieldnps.domain;
