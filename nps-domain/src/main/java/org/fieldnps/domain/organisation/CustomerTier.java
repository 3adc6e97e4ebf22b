package org.fieldnps.domain.organisation;

import org.fieldnps.domain.InvalidInputException;

/**
 * The commercial weight of a customer account. A detractor among key accounts is a bigger risk
 * than one among occasional customers, so every response keeps the tier its customer had then.
 */
public enum CustomerTier {
    KEY("Key account"),
    STANDARD("Standard"),
    BASIC("Basic");

    private static final String NAMES = "key, standard, basic";

    private final String label;

    CustomerTier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The tier named in a request, in any letter case; anything else is refused by name. */
    public static CustomerTier parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("customer.tier", "A customer tier is required: one of " + NAMES + ".");
        }
        for (CustomerTier tier : values()) {
            if (tier.name().equalsIgnoreCase(text.strip())) {
                return tier;
            }
        }
        throw new InvalidInputException("customer.tier", "Unknown customer tier; use one of " + NAMES + ".");
    }
}
