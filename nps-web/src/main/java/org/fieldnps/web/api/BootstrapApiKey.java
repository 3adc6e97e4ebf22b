package org.fieldnps.web.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.fieldnps.persistence.SchemaReady;
import org.fieldnps.persistence.access.ApiKeys;

/**
 * Makes sure the key in {@code NPS_BOOTSTRAP_API_KEY} works, so that the first integration (and
 * every test) can call the API before an admin has issued a key in the portal.
 */
@ApplicationScoped
public class BootstrapApiKey {

    /** After the first admin: the accounts exist before anything an admin would set up. */
    static final int PRIORITY = SchemaReady.FIRST_ADMIN + 100;
    static final String NAME = "bootstrap";

    private static final Logger LOGGER = Logger.getLogger(BootstrapApiKey.class.getName());

    @Inject
    private ApiKeys apiKeys;

    @Inject
    @ConfigProperty(name = "nps.bootstrap.api.key")
    private Optional<String> configuredKey;

    void ensureConfiguredKey(@Observes @Priority(PRIORITY) SchemaReady ready) {
        Optional<String> key = configuredKey.map(String::strip).filter(k -> !k.isEmpty());
        if (key.isEmpty()) {
            return;
        }
        try {
            apiKeys.ensure(NAME, key.get());
        } catch (IllegalArgumentException e) {
            LOGGER.log(Level.SEVERE, "NPS_BOOTSTRAP_API_KEY is not used: {0}", e.getMessage());
        }
    }
}
