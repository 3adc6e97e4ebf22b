package org.fieldnps.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/** The API client of the current request, as {@link ApiKeyAuthentication} logged it in. */
@RequestScoped
public class CallingClient {

    @Inject
    private SecurityContext securityContext;

    ApiClient get() {
        return securityContext.getPrincipalsByType(ApiClient.class).stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("An API request got past authentication without a key"));
    }
}
