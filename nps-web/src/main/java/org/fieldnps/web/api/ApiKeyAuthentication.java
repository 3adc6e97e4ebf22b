package org.fieldnps.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fieldnps.persistence.access.ApiKey;
import org.fieldnps.persistence.access.ApiKeys;

/**
 * Authenticates REST API callers by the API key in {@code Authorization: Bearer <key>}, as a
 * Jakarta Security mechanism beside the portal's login form (see
 * {@code org.fieldnps.web.security.MechanismByPath}, which hands it every request under
 * {@code /api}). Every API request needs a key, so a request without a valid one is answered
 * here, with 401, a Bearer challenge and a problem detail, and never reaches a resource.
 */
@ForApi
@ApplicationScoped
public class ApiKeyAuthentication implements HttpAuthenticationMechanism {

    /** The group every API caller is in. */
    public static final String API_CLIENT = "API_CLIENT";

    private static final Logger LOGGER = Logger.getLogger(ApiKeyAuthentication.class.getName());
    private static final String BEARER = "Bearer ";
    private static final String CHALLENGE = "Bearer realm=\"nps\"";

    @Inject
    private ApiKeys apiKeys;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return refuse(request, response, CHALLENGE,
                    "Send your API key in the header Authorization: Bearer <key>.");
        }

        Optional<ApiKey> key;
        try {
            key = apiKeys.authenticate(authorization.substring(BEARER.length()).strip());
        } catch (RuntimeException e) {
            if (!DatabaseTrouble.isUnavailable(e)) {
                throw e;
            }
            LOGGER.log(Level.WARNING, "API key not checked: the database is unavailable ({0})", e.toString());
            response.setIntHeader("Retry-After", ProblemMapper.RETRY_AFTER_SECONDS);
            write(response, Problem.of(ProblemType.UNAVAILABLE, "The database cannot be reached, so nothing was"
                    + " stored. Send the request again in a few seconds.", null, request.getRequestURI()));
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (key.isEmpty()) {
            LOGGER.fine("An API request with an unknown or withdrawn key was refused");
            return refuse(request, response, CHALLENGE + ", error=\"invalid_token\"",
                    "This API key is not known or has been withdrawn.");
        }

        return context.notifyContainerAboutLogin(new ApiClient(key.get().getId(), key.get().getName()),
                Set.of(API_CLIENT));
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response,
            String challenge, String detail) {
        response.setHeader("WWW-Authenticate", challenge);
        write(response, Problem.of(ProblemType.UNAUTHORIZED, detail, "Authorization", request.getRequestURI()));
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static void write(HttpServletResponse response, Problem problem) {
        response.setStatus(problem.status());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            response.getWriter().write(problem.toJson());
        } catch (IOException e) {
            throw new UncheckedIOException("The refusal of an API request could not be written", e);
        }
    }
}
