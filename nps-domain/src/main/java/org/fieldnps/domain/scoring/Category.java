package org.fieldnps.domain.scoring;

/**
 * Where a customer stands, derived from their score by a {@link ScoringPolicy}. Never typed in and
 * never stored on its own, because an admin may move the cut-offs later.
 */
public enum Category {

    /** Scored at or above the promoter minimum: likely to recommend the service. */
    PROMOTER("Promoter"),

    /** Scored between the cut-offs: satisfied but not enthusiastic; counts in neither direction. */
    PASSIVE("Passive"),

    /** Scored at or below the detractor maximum: a relationship at risk, and a follow-up case. */
    DETRACTOR("Detractor");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    /**
     * @return the English name to show a person, in the singular and capitalised; pages that are
     *         translated look the constant up in their own bundle instead
     */
    public String label() {
        return label;
    }
}
