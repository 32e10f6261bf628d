package org.qiaoyun.ui;

import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/** A small HTTP client for the platform API in tests: requests in, status and JSON out. */
final class Api {

    /**
     * One answer: status, content type, body, Location, and the transactions the request ran (-1 where the
     * platform does not count them).
     */
    record Reply(int status, String contentType, String body, String location, int transactions) {

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        JsonArray jsonArray() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        /** Whether this is an RFC 9457 problem with the given status. */
        boolean isProblem(int expected) {
            return status == expected && contentType != null && contentType.startsWith("application/problem+json")
                    && json().getInt("status") == expected;
        }
    }

    // HTTP/1.1 as browsers and curl speak it over plain http (no h2c upgrade, which Payara stalls on for large bodies)
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;
    private final String authorization;
    private final String language;

    /** A client without credentials. */
    Api(String base) {
        this(base, null, null);
    }

    private Api(String base, String authorization, String language) {
        this.base = base;
        this.authorization = authorization;
        this.language = language;
    }

    /** The same server, signed in as the user with HTTP Basic. */
    Api as(String username, String password) {
        return new Api(base, basic(username, password), language);
    }

    /** The same server, with a bearer token. */
    Api bearer(String token) {
        return new Api(base, "Bearer " + token, language);
    }

    /** The same client, asking for answers in the given languages ({@code Accept-Language}). */
    Api accepting(String languages) {
        return new Api(base, authorization, languages);
    }

    static String basic(String username, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A GET asking for JSON, as API clients do. */
    Reply getJson(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET());
    }

    Reply post(String path, String json) {
        return send(withJson(path, json).POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** POSTs a YAML document, as tenant trees are sent. */
    Reply postYaml(String path, String yaml) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(yaml, StandardCharsets.UTF_8)));
    }

    Reply put(String path, String json) {
        return send(withJson(path, json).PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    Reply patch(String path, String json) {
        return send(withJson(path, json).method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Any method with any body and content type, as a hostile or careless client would send it. */
    Reply send(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    /** An answer whose body is bytes (an archive, a file). */
    record Download(int status, String contentType, String disposition, byte[] body) {
    }

    /** A request whose answer is read as bytes, with headers of its own beside the caller's. */
    Download download(String method, String path, String contentType, byte[] body, String... headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            if (language != null) {
                request.header("Accept-Language", language);
            }
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Content-Disposition").orElse(null), response.body());
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The headers of a GET, for what every answer must carry. */
    java.net.http.HttpHeaders headers(String path) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
            if (authorization != null) { // a signed-in caller's headers: their own certificate's number, say
                request.header("Authorization", authorization);
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).headers();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder withJson(String path, String json) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json");
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            if (language != null) {
                request.header("Accept-Language", language);
            }
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body(), response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Qiaoyun-Transactions").map(Integer::parseInt).orElse(-1));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
