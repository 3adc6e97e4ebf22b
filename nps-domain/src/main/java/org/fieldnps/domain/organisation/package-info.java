/**
 * The shape of a field-service organisation as the scoring rules see it: regions, teams,
 * engineers and the customers they visit. Only what rules need lives here; the records
 * themselves are kept by the persistence module.
 */
package org.fieldnps.domain.organisation;
