package org.fieldnps.persistence.access;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Turns passwords into the salted PBKDF2 hashes the identity store verifies. The hash string
 * carries its algorithm, iterations and salt, so raising the cost later leaves old hashes valid.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    private Pbkdf2PasswordHash passwordHash;

    @PostConstruct
    void configure() {
        passwordHash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "120000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String password) {
        return passwordHash.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return passwordHash.verify(password.toCharArray(), hash);
    }
}
