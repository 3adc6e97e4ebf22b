package org.fieldnps.web.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanismHandler;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fieldnps.web.api.ForApi;

/**
 * Hands each request to the one authentication mechanism that serves its path: the REST API
 * under {@code /api} to the API-key mechanism, everything else to the portal's login form.
 * Jakarta Security 4 lets an application declare several mechanisms and replace the handler
 * that chooses among them; without this choice the form would send API callers to a login page,
 * and API keys would be asked of people in a browser.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class MechanismByPath implements HttpAuthenticationMechanismHandler {

    private static final String API_PATH = "/api/";

    @Inject
    @CustomFormAuthenticationMechanismDefinition.CustomFormAuthenticationMechanism
    private HttpAuthenticationMechanism portalLogin;

    @Inject
    @ForApi
    private HttpAuthenticationMechanism apiKeys;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        return mechanismFor(request).validateRequest(request, response, context);
    }

    @Override
    public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        return mechanismFor(request).secureResponse(request, response, context);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        mechanismFor(request).cleanSubject(request, response, context);
    }

    private HttpAuthenticationMechanism mechanismFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(API_PATH) || path.equals("/api") ? apiKeys : portalLogin;
    }
}
