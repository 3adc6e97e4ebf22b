package org.fieldnps.web.survey;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the customer's links to the survey views: {@code /s/{token}} to the survey page and
 * {@code /s/{token}/unsubscribe} to the unsubscribe page, for GET and POST. Any other address
 * under {@code /s/} gets the survey page's own "not found" (404), in the customer's words and not
 * the portal's. The views live under {@code WEB-INF}, reachable only through here.
 *
 * <p>Why a servlet and not OmniFaces' FacesViews with MultiViews, which would map {@code /s/*}
 * onto one view and inject the token with {@code @Param(pathIndex = 0)}: FacesViews is set up for
 * the whole application (a filter in front of every request, extensionless addresses and
 * redirects for every scanned view, rules for welcome files); the unsubscribe address has its
 * keyword after the token, so both pages would have to be one view; and the pages post plain
 * HTML forms, so there is no Faces form action to keep on the link. A small servlet keeps the
 * routing of the customers' addresses in one place and leaves the portal as it is.
 *
 * <p>It also sets what the pages need around them: UTF-8 for the posted reason before anything
 * reads a parameter, no caching (the pages show one customer's answer, and the back button must
 * ask again rather than show a stale form), no indexing, no referrer that could carry the token
 * elsewhere, and a content security policy that allows no script at all. A failure to serve the
 * page becomes a short apology rather than the portal's error page.
 */
@WebServlet(name = "Survey links", urlPatterns = "/s/*")
public class SurveyRoutes extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOGGER = Logger.getLogger(SurveyRoutes.class.getName());

    static final String SURVEY_VIEW = "/WEB-INF/survey/survey.xhtml";
    static final String UNSUBSCRIBE_VIEW = "/WEB-INF/survey/unsubscribe.xhtml";
    static final String TROUBLE_VIEW = "/WEB-INF/survey/trouble.xhtml";

    private static final Pattern LINK = Pattern.compile("/([^/]+)(/unsubscribe)?");
    private static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self';"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        route(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        route(request, response);
    }

    private void route(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Matcher link = LINK.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        boolean matches = link.matches();
        request.setAttribute(SurveyRequest.TOKEN, matches ? link.group(1) : null);
        String view = matches && link.group(2) != null ? UNSUBSCRIBE_VIEW : SURVEY_VIEW;

        guard(response);
        try {
            request.getRequestDispatcher(view).forward(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            apologise(request, response, failure);
        }
    }

    /**
     * Shows the apology page for a request that failed, with 503 when the database is out of reach
     * (the customer may try again shortly) and 500 otherwise.
     */
    private static void apologise(HttpServletRequest request, HttpServletResponse response, Exception failure)
            throws ServletException, IOException {
        if (response.isCommitted()) {
            throw failure instanceof ServletException servlet ? servlet : new ServletException(failure);
        }
        boolean databaseDown = causedByDatabase(failure);
        LOGGER.log(databaseDown ? Level.WARNING : Level.SEVERE, "A survey page could not be served", failure);

        response.reset();
        guard(response);
        response.setStatus(databaseDown ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
                : HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        if (databaseDown) {
            response.setHeader("Retry-After", "60");
        }
        request.setAttribute(SurveyRequest.TROUBLE, Boolean.TRUE);
        request.getRequestDispatcher(TROUBLE_VIEW).forward(request, response);
    }

    private static void guard(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("Content-Security-Policy", POLICY);
    }

    private static boolean causedByDatabase(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PersistenceException || cause instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
