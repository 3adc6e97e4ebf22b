package org.fieldnps.domain.scoring;

import org.fieldnps.domain.BusinessRuleException;

/**
 * Thrown when an admin sets cut-offs that would not sort every score into exactly one of
 * promoter, passive and detractor. The field is the {@link ScoringPolicy} component to correct.
 */
public final class InvalidScoringPolicyException extends BusinessRuleException {

    /**
     * @param field   {@code "promoterMinimum"} or {@code "detractorMaximum"}
     * @param message what is wrong with the cut-off and what would be allowed
     */
    public InvalidScoringPolicyException(String field, String message) {
        super(field, message);
    }
}
