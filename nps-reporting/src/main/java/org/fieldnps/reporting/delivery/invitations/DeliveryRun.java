package org.fieldnps.reporting.delivery.invitations;

/**
 * What one run of the invitation sender did.
 *
 * @param expired    invitations closed because their time was up without an answer
 * @param suppressed pending invitations dropped because their customers opted out since
 * @param sent       first invitation mails that went out
 * @param reminded   reminders that went out
 * @param failed     mails that did not go out and wait for a later run
 */
public record DeliveryRun(int expired, int suppressed, int sent, int reminded, int failed) {

    boolean mailedAnything() {
        return sent + reminded + failed > 0;
    }
}
