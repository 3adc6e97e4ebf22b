package org.fieldnps.web.api;

import java.io.Serializable;
import java.security.Principal;
import java.util.Optional;
import org.fieldnps.domain.InvalidInputException;
import org.fieldnps.persistence.access.AccessScope;

/** The integration behind an API request: which key it presented, and what it may see. */
public final class ApiClient implements Principal, Serializable {

    private static final long serialVersionUID = 1L;
    private static final int IDEMPOTENCY_KEY_MAXIMUM_LENGTH = 128;

    private final long keyId;
    private final String name;

    ApiClient(long keyId, String name) {
        this.keyId = keyId;
        this.name = name;
    }

    /** The name the key was issued under, such as the field-service system's. */
    @Override
    public String getName() {
        return name;
    }

    long keyId() {
        return keyId;
    }

    /**
     * LIMITATION: every API key sees the whole organisation. Keys limited to a region or team
     * need a scope column on api_key and this method reading it.
     */
    AccessScope scope() {
        return AccessScope.organisation();
    }

    /**
     * The client's Idempotency-Key made unique across clients, so that two integrations that
     * both count their requests from 1 never see each other's answers.
     */
    Optional<String> idempotencyKey(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String key = header.strip();
        if (key.length() > IDEMPOTENCY_KEY_MAXIMUM_LENGTH || !key.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw new InvalidInputException("Idempotency-Key", "An Idempotency-Key has at most "
                    + IDEMPOTENCY_KEY_MAXIMUM_LENGTH + " visible ASCII characters, such as a UUID.");
        }
        return Optional.of("api-key-" + keyId + ":" + key);
    }

    @Override
    public String toString() {
        return "API key " + keyId + " (" + name + ")";
    }
}
