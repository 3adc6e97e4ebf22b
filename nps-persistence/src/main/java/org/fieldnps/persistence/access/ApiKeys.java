package org.fieldnps.persistence.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Issues API keys and checks the ones requests present. A key is shown once, when it is issued;
 * the database keeps its first characters (to find it) and a salted SHA-256 of the whole key.
 * Keys are long random strings, so a slow password hash would add cost to every request without
 * making a stolen table any less useless.
 */
@ApplicationScoped
public class ApiKeys {

    /** Long enough that the prefix finds one row and the rest carries at least 192 random bits. */
    static final int PREFIX_LENGTH = 12;
    private static final int MINIMUM_KEY_LENGTH = 32;
    private static final Logger LOGGER = Logger.getLogger(ApiKeys.class.getName());

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext(unitName = "nps")
    private EntityManager entityManager;

    protected ApiKeys() {
    }

    /** For use outside the container, with an entity manager the caller manages. */
    public ApiKeys(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The active key a request presented, if it is one. */
    public Optional<ApiKey> authenticate(String presented) {
        if (presented == null || presented.length() < MINIMUM_KEY_LENGTH) {
            return Optional.empty();
        }
        return findByPrefix(presented.substring(0, PREFIX_LENGTH))
                .filter(ApiKey::isActive)
                .filter(key -> MessageDigest.isEqual(
                        hash(key.getSalt(), presented).getBytes(StandardCharsets.US_ASCII),
                        key.getKeyHash().getBytes(StandardCharsets.US_ASCII)));
    }

    /** Issues a new key and returns it in full; it cannot be read back later. */
    @Transactional
    public String issue(String name) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String key = "nps_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        store(name, key);
        LOGGER.log(Level.INFO, "API key ''{0}'' issued", name);
        return key;
    }

    /**
     * Makes sure the given key exists, for a first integration and for tests configured with
     * {@code NPS_BOOTSTRAP_API_KEY}; a key that is already stored is left as it is.
     */
    @Transactional
    public void ensure(String name, String key) {
        if (key.length() < MINIMUM_KEY_LENGTH) {
            throw new IllegalArgumentException("An API key has at least " + MINIMUM_KEY_LENGTH + " characters");
        }
        if (findByPrefix(key.substring(0, PREFIX_LENGTH)).isEmpty()) {
            store(name, key);
            LOGGER.log(Level.INFO, "API key ''{0}'' registered from the configuration", name);
        }
    }

    private void store(String name, String key) {
        byte[] saltBytes = new byte[16];
        random.nextBytes(saltBytes);
        String salt = HexFormat.of().formatHex(saltBytes);
        entityManager.persist(new ApiKey(name, key.substring(0, PREFIX_LENGTH), salt, hash(salt, key),
                Instant.now()));
    }

    private Optional<ApiKey> findByPrefix(String prefix) {
        return entityManager.createQuery("select k from ApiKey k where k.keyPrefix = :prefix", ApiKey.class)
                .setParameter("prefix", prefix)
                .getResultStream()
                .findFirst();
    }

    private static String hash(String salt, String key) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha256.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
