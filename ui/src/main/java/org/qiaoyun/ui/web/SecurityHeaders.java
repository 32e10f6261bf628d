package org.qiaoyun.ui.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer carries: scripts, styles and frames only from this platform (what Vaadin's
 * client needs, inline bootstrap included), no guessing of content types, no address leaked to other
 * sites, no framing by other sites, and no banner naming the server.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders implements Filter {

    /** Vaadin's bootstrap is an inline script and its client evaluates code it is sent: both must be allowed. */
    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            http.setHeader("Content-Security-Policy", POLICY);
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.setHeader("Referrer-Policy", "same-origin");
            http.setHeader("X-Frame-Options", "SAMEORIGIN");
            http.setHeader("Server", "Qiaoyun");
            http.setHeader("X-Powered-By", null);
        }
        chain.doFilter(request, response);
    }
}
