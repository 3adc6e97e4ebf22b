package org.fieldnps.persistence.capture;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Remembers which response a client's Idempotency-Key produced, with a fingerprint of what was
 * sent, so that a retry returns the first answer and a different request under the same key is
 * refused rather than silently treated as the first.
 */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyKey {

    @Id
    @Column(name = "key_value", length = 200)
    private String keyValue;

    @Column(nullable = false, length = 64)
    private String fingerprint;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "response_id")
    private SurveyResponse response;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyKey() {
    }

    IdempotencyKey(String keyValue, String fingerprint, SurveyResponse response, Instant createdAt) {
        this.keyValue = keyValue;
        this.fingerprint = fingerprint;
        this.response = response;
        this.createdAt = createdAt;
    }

    String getFingerprint() {
        return fingerprint;
    }

    SurveyResponse getResponse() {
        return response;
    }
}
