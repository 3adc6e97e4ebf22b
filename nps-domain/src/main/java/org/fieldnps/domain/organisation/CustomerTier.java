package org.fieldnps.domain.organisation;

/**
 * The commercial weight of a customer account. A detractor among key accounts is a bigger risk
 * than one among occasional customers, so every response keeps the tier its customer had then.
 */
public enum CustomerTier {
    KEY("Key account"),
    STANDARD("Standard"),
    BASIC("Basic");

    private final String label;

    CustomerTier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
