package org.qiaoyun.ui.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.qiaoyun.api.Refusal;
import org.qiaoyun.api.Text;
import org.qiaoyun.api.pages.Html;
import org.qiaoyun.api.pages.PublicPage;
import org.qiaoyun.kernel.identity.ClientAddress;
import org.qiaoyun.kernel.platform.Kernel;
import org.qiaoyun.kernel.platform.PlatformLifecycle;

/**
 * Serves the modules' public pages at {@code /p/<tenant>/<moduleId>/<path>} (see
 * {@link org.qiaoyun.api.pages.PublicPages}), and the platform's own unsubscribe page at {@code /p/<tenant>/mail/unsubscribe}
 * ({@link org.qiaoyun.kernel.notify.Unsubscribes}): outside the screens and the API, without a session. It
 * bounds what it reads (a few short path segments, a small query, a small form, GET and form POST
 * only), limits each client's pace, and answers every kind of "not here" with one and the same 404.
 */
@WebServlet(urlPatterns = "/p/*")
public class PublicPagesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PublicPagesServlet.class.getName());

    /** The most a query or a posted form may hold, in bytes. */
    static final int MAX_INPUT = 8 * 1024;
    static final int MAX_SEGMENTS = 8;
    static final int MAX_SEGMENT = 100;
    static final int MAX_FIELDS = 30;

    @Inject
    transient Kernel kernel;

    @Inject
    transient PlatformLifecycle platform;

    /** A client may open 30 pages at once, then one every two seconds (by the platform's clock, made on first use). */
    private transient volatile PublicRateLimit pace;

    private PublicRateLimit pace() {
        PublicRateLimit made = pace;
        if (made == null) {
            synchronized (this) {
                if (pace == null) {
                    pace = new PublicRateLimit(30, 30, kernel.clock());
                }
                made = pace;
            }
        }
        return made;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("POST") && !method.equals("HEAD")) {
            response.setHeader("Allow", "GET, POST");
            plain(response, 405, "Method not allowed");
            return;
        }
        String address = ClientAddress.of(request, platform.trustedProxies());
        if (!pace().allow(address)) {
            response.setHeader("Retry-After", Long.toString(pace().retryAfterSeconds()));
            plain(response, 429, "Too many requests: try again in a moment / 请求过于频繁，请稍后再试");
            return;
        }
        Locale language = english(request) ? Locale.ENGLISH : Text.CHINESE;
        List<String> segments = segments(request.getRequestURI(), request.getContextPath());
        String query = request.getQueryString();
        if (segments == null || segments.size() < 2 || (query != null && query.length() > MAX_INPUT)) {
            notFound(response, language);
            return;
        }
        Map<String, String> form;
        try {
            form = method.equals("POST") ? form(request) : Map.of();
        } catch (TooLarge e) {
            plain(response, 413, "The form is too large / 表单内容过长");
            return;
        }
        Map<String, String> queryFields = fields(query == null ? "" : query);
        if (queryFields == null || form == null) {
            notFound(response, language);
            return;
        }
        String tenant = segments.get(0);
        String module = segments.get(1);
        PublicPage page;
        try {
            page = module.equals(org.qiaoyun.kernel.notify.Unsubscribes.PAGES)
                    // the platform's own page: the unsubscribe link every email carries
                    ? kernel.unsubscribes().page(tenant, method.equals("HEAD") ? "GET" : method, segments.subList(2, segments.size()),
                            queryFields, language)
                    : kernel.resources().publicPage(tenant, module, method.equals("HEAD") ? "GET" : method,
                            segments.subList(2, segments.size()), queryFields, form, language, kernel.publicClient(tenant, address));
        } catch (RuntimeException e) {
            if (e instanceof Refusal) {
                notFound(response, language); // a federation archived or a module switched off a moment ago: nothing here
                return;
            }
            LOG.log(Level.WARNING, "public page /p/" + tenant + "/" + module + " failed", e);
            plain(response, 500, "Something went wrong / 出错了，请稍后再试");
            return;
        }
        String base = request.getContextPath() + "/p/" + tenant + "/" + module + "/";
        if (page.status() == 404) {
            notFound(response, language);
        } else if (page.redirect() != null) {
            response.setStatus(303);
            response.setHeader("Location", base + page.redirect());
        } else if (page.fileKind() != null) {
            file(response, page);
        } else {
            write(response, page.status(), page.title(), page.body(), base, language);
        }
    }

    /** The decoded path segments after {@code /p/}, or null when they are too many, too long or not readable. */
    static List<String> segments(String uri, String contextPath) {
        String rest = uri.substring(contextPath.length());
        if (!rest.startsWith("/p/")) {
            return null;
        }
        String[] raw = rest.substring(3).split("/", -1);
        if (raw.length > MAX_SEGMENTS + 2) {
            return null;
        }
        List<String> segments = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            if (raw[i].isEmpty() && i == raw.length - 1) {
                continue; // a trailing slash
            }
            String decoded;
            try {
                decoded = URLDecoder.decode(raw[i].replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException unreadable) {
                return null;
            }
            if (decoded.isEmpty() || decoded.length() > MAX_SEGMENT || decoded.equals(".") || decoded.equals("..")
                    || decoded.chars().anyMatch(c -> c < 0x20 || c == '/' || c == '\\')) {
                return null;
            }
            segments.add(decoded);
        }
        return segments;
    }

    /** Query or form fields (the first value of each), or null when there are too many. */
    static Map<String, String> fields(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded.isEmpty()) {
            return fields;
        }
        String[] pairs = encoded.split("&");
        if (pairs.length > MAX_FIELDS) {
            return null;
        }
        try {
            for (String pair : pairs) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.putIfAbsent(name, value);
            }
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
        return fields;
    }

    private static Map<String, String> form(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return null;
        }
        if (request.getContentLengthLong() > MAX_INPUT) {
            throw new TooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_INPUT + 1);
            if (body.length > MAX_INPUT) {
                throw new TooLarge();
            }
            return fields(new String(body, StandardCharsets.UTF_8));
        }
    }

    private static boolean english(HttpServletRequest request) {
        String asked = request.getHeader("Accept-Language");
        return asked != null && asked.toLowerCase(Locale.ROOT).startsWith("en");
    }

    private static void notFound(HttpServletResponse response, Locale language) throws IOException {
        boolean english = language.getLanguage().equals("en");
        write(response, 404, english ? "Not found" : "页面不存在",
                Html.paragraph(english ? "There is no such page. Check the link you were sent." : "没有这个页面，请核对您收到的链接。"),
                null, language);
    }

    private static void write(HttpServletResponse response, int status, String title, Html body, String base, Locale language)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        // no script at all on these pages; forms post to the platform only
        response.setHeader("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'self'; frame-ancestors 'none'");
        String lang = language.getLanguage().equals("en") ? "en" : "zh-CN";
        String page = "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + (base == null ? "" : "<base href=\"" + Html.escape(base) + "\">")
                + "<title>" + Html.escape(title) + "</title><style>" + STYLE + "</style></head><body><main>"
                + body.markup() + "</main></body></html>";
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** A file a module answered with: its own type, never sniffed as anything else, never framed. */
    private static void file(HttpServletResponse response, PublicPage page) throws IOException {
        byte[] bytes = page.content();
        response.setStatus(200);
        response.setContentType(page.fileKind().contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Content-Disposition", (page.fileKind().inline() ? "inline" : "attachment") + "; filename=\"" + page.fileName() + "\"");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static void plain(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Readable on a phone in WeChat's browser: one column, large enough type, fields the width of the screen. */
    private static final String STYLE = "body{font-family:system-ui,-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;"
            + "margin:0;padding:16px;line-height:1.6;color:#1a1a1a;background:#fafafa}main{max-width:36em;margin:0 auto}"
            + "h1{font-size:1.4em}label{display:block;margin-top:12px;font-weight:600}"
            + "input{width:100%;box-sizing:border-box;font-size:1em;padding:8px;border:1px solid #888;border-radius:4px}"
            + "button{margin-top:16px;font-size:1em;padding:10px 20px;background:#b71c1c;color:#fff;border:0;border-radius:4px}"
            + ".error{color:#b71c1c}img{max-width:100%;height:auto}";

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
