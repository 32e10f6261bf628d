package org.qiaoyun.ui.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Files anybody may fetch (icons, the web manifest, the offline page, robots.txt, favicon.ico) leave
 * no session behind. Vaadin answers the first three inside a session of its own making, so a stream of
 * anonymous requests for them would fill the server's memory with sessions nobody uses: a session
 * this request made is ended as soon as the file is sent. The other two are answered here, before
 * Vaadin would render its application page for them.
 */
@WebFilter(urlPatterns = {"/icons/*", "/manifest.webmanifest", "/offline.html", "/robots.txt", "/favicon.ico"},
        asyncSupported = true)
public class StaticWithoutSession implements Filter {

    /** A federation's working platform is not for search engines; public pages may be listed one day. */
    static final String ROBOTS = "User-agent: *\nDisallow: /\n";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse answer = (HttpServletResponse) response;
        String path = http.getRequestURI().substring(http.getContextPath().length());
        if (path.equals("/robots.txt")) {
            answer.setContentType("text/plain;charset=UTF-8");
            answer.getWriter().write(ROBOTS);
            return;
        }
        if (path.equals("/favicon.ico")) {
            answer.sendRedirect(http.getContextPath() + "/icons/icon.png"); // the page names its icon; old browsers ask here
            return;
        }
        boolean hadSession = http.getSession(false) != null;
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession made = hadSession ? null : http.getSession(false);
            if (made != null) {
                made.invalidate();
            }
        }
    }
}
