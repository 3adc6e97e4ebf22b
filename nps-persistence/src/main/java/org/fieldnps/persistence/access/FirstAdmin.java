package org.fieldnps.persistence.access;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fieldnps.persistence.SchemaReady;

/**
 * Makes sure a new installation can be logged into: on a database without accounts it creates
 * the account {@code admin}, with the password from {@code NPS_ADMIN_PASSWORD} or, when none is
 * set, a generated one that is written to the log this one time, since nobody could log in
 * otherwise.
 */
@ApplicationScoped
public class FirstAdmin {

    static final String USERNAME = "admin";

    private static final Logger LOGGER = Logger.getLogger(FirstAdmin.class.getName());
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_PASSWORD_LENGTH = 20;

    @Inject
    private PortalUsers users;

    @Inject
    private PasswordHasher hasher;

    @Inject
    @ConfigProperty(name = "nps.admin.password")
    private Optional<String> configuredPassword;

    @Transactional
    void createWhenNoAccountExists(@Observes @Priority(SchemaReady.FIRST_ADMIN) SchemaReady ready) {
        if (users.anyExist()) {
            return;
        }

        String password = configuredPassword.filter(p -> !p.isBlank()).orElseGet(FirstAdmin::generatePassword);
        users.add(PortalUser.admin(USERNAME, "Administrator", hasher.hash(password), Instant.now()));

        if (configuredPassword.isPresent()) {
            LOGGER.info("Created the first admin account 'admin' with the password from NPS_ADMIN_PASSWORD");
        } else {
            LOGGER.log(Level.WARNING, "Created the first admin account ''admin'' with the generated password"
                    + " {0} - it is shown only this once: log in and change it", password);
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(GENERATED_PASSWORD_LENGTH);
        for (int i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
