package org.qiaoyun.ui;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Opens a Vaadin screen the way the browser's client engine does, without a browser: it starts a
 * UI for a location, then sends the navigation event, and returns what the server rendered (its
 * UIDL changes), so that a test can look for the texts and ids of the screen.
 */
final class Screens {

    private final String base;
    private final String authorization;

    /** Screens seen by the user, who signs in with HTTP Basic on every request (as the server allows). */
    Screens(String base, String username, String password) {
        this.base = base;
        this.authorization = Api.basic(username, password);
    }

    /** The server's rendering of the route, e.g. {@code t/gd-jiangmen-taishan/greeting}. */
    String open(String route) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        try {
            String init = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&query=&location="
                    + URLEncoder.encode(route, StandardCharsets.UTF_8))).header("Authorization", authorization).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            JsonObject app = Json.createReader(new StringReader(init)).readObject().getJsonObject("appConfig");
            JsonObject uidl = app.getJsonObject("uidl");
            String navigate = Json.createObjectBuilder()
                    .add("csrfToken", uidl.getString("Vaadin-Security-Key"))
                    .add("rpc", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("type", "event").add("node", 1).add("event", "ui-navigate")
                            .add("data", Json.createObjectBuilder().add("route", route).add("query", "")
                                    .add("appShellTitle", "").add("trigger", "")
                                    .add("historyState", Json.createObjectBuilder().add("idx", 0)
                                            .add("href", base + "/" + route)))))
                    .add("syncId", uidl.getInt("syncId"))
                    .add("clientId", uidl.getInt("clientId"))
                    .build().toString();
            return http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + app.getInt("v-uiId")))
                            .header("Content-Type", "application/json; charset=UTF-8")
                            .header("Authorization", authorization)
                            .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
