package org.fieldnps.persistence.capture;

import java.time.Instant;

/**
 * An answer collected outside the survey page (SMS gateway, call centre, kiosk), before it is
 * checked. It names its job by the invitation token or by the FSM's job id.
 *
 * @param receivedAt when the customer answered; now when absent
 */
public record ResponseReport(String token, String jobId, Integer score, String reason, String channel,
        Instant receivedAt) {
}
