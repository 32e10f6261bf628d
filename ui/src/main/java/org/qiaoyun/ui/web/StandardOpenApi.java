package org.qiaoyun.ui.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Keeps the platform's OpenAPI document ({@code /openapi}, answered by Payara inside this
 * application's context) within the standard: Payara adds a top-level {@code endpoints} key that no
 * OpenAPI version allows, and client generators refuse the document for it. The key is taken out of
 * the YAML or JSON on its way to the client; nothing else is changed.
 */
@WebFilter(urlPatterns = {"/openapi", "/openapi/*"})
public class StandardOpenApi implements Filter {

    static final String STRAY_KEY = "endpoints";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        Captured captured = new Captured((HttpServletResponse) response);
        chain.doFilter(request, captured);
        String body = captured.body();
        String type = captured.getContentType() == null ? "" : captured.getContentType();
        String cleaned = type.contains("json") ? withoutJsonKey(body) : withoutYamlKey(body);
        byte[] bytes = cleaned.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The document without the top-level key: its line and the indented or listed lines below it. */
    static String withoutYamlKey(String yaml) {
        List<String> kept = new ArrayList<>();
        boolean skipping = false;
        for (String line : yaml.split("\n", -1)) {
            boolean topLevel = !line.isEmpty() && !line.startsWith(" ") && !line.startsWith("-") && !line.startsWith("#");
            if (topLevel) {
                skipping = line.startsWith(STRAY_KEY + ":");
            }
            if (!skipping) {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }

    static String withoutJsonKey(String json) {
        if (json.isBlank()) {
            return json;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject document = reader.readObject();
            if (!document.containsKey(STRAY_KEY)) {
                return json;
            }
            StringWriter out = new StringWriter();
            Json.createWriter(out).writeObject(Json.createObjectBuilder(document).remove(STRAY_KEY).build());
            return out.toString();
        } catch (RuntimeException notAnObject) {
            return json; // not a document (an error page): pass it on as it came
        }
    }

    /** Holds what Payara writes, so the filter can change it before it leaves. */
    private static final class Captured extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private PrintWriter writer;

        Captured(HttpServletResponse response) {
            super(response);
        }

        String body() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("the document is written at once");
                }
            };
        }

        @Override
        public void setContentLength(int len) {
            // the length is set once the document is final
        }

        @Override
        public void setContentLengthLong(long len) {
            // the length is set once the document is final
        }

        @Override
        public void flushBuffer() {
            // nothing leaves before the filter is done
        }
    }
}
