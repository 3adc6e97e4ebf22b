package org.fieldnps.persistence.capture;

import java.time.Instant;

/**
 * A completed job as the field-service system reports it, before it is checked.
 *
 * @param jobId       the FSM's own id of the job
 * @param engineerId  the FSM's id of the engineer who did it
 * @param serviceType the code of the kind of visit, such as {@code repair}
 * @param siteId      the FSM's id of the site, if it has one
 */
public record JobReport(String jobId, Instant completedAt, String engineerId, String serviceType,
        String siteId, CustomerReport customer) {

    /** The customer the job was for, as the FSM knows them. */
    public record CustomerReport(String id, String name, String email, String phone, String tier,
            String language) {
    }
}
