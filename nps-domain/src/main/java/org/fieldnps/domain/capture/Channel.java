package org.fieldnps.domain.capture;

/**
 * How a customer's answer reached us. Kept on every response so that managers can see whether a
 * channel scores differently (people tend to be kinder on the phone than in an email).
 */
public enum Channel {
    EMAIL("Email"),
    SMS("SMS"),
    WEB("Web"),
    PHONE("Phone"),
    KIOSK("Kiosk");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
