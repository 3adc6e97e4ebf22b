package org.fieldnps.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A portal user logged in over plain HTTP, for tests of status codes and downloads. */
final class PortalSession {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final URI base;
    private final HttpClient client;

    private PortalSession(URI base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    static PortalSession logIn(URI base, String username) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        PortalSession session = new PortalSession(base, client);
        String loginPage = session.get("/login.xhtml").body();
        Matcher viewState = VIEW_STATE.matcher(loginPage);
        if (!viewState.find()) {
            throw new IllegalStateException("The login page has no view state");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", "demo");
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState.group(1));
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> loggedIn = client.send(HttpRequest.newBuilder(base.resolve("/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (loggedIn.statusCode() != 302) {
            throw new IllegalStateException("Login as " + username + " answered " + loggedIn.statusCode());
        }
        return session;
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> download(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
