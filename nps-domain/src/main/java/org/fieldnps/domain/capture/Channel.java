package org.fieldnps.domain.capture;

import org.fieldnps.domain.InvalidInputException;

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

    private static final String NAMES = "email, sms, web, phone, kiosk";

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The channel named in a request, in any letter case; anything else is refused by name. */
    public static Channel parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("channel", "A channel is required: one of " + NAMES + ".");
        }
        for (Channel channel : values()) {
            if (channel.name().equalsIgnoreCase(text.strip())) {
                return channel;
            }
        }
        throw new InvalidInputException("channel", "Unknown channel; use one of " + NAMES + ".");
    }
}
