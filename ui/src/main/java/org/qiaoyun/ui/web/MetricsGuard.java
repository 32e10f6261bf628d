package org.qiaoyun.ui.web;

import java.io.IOException;
import java.security.Principal;

import jakarta.inject.Inject;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.qiaoyun.kernel.access.CallerIdentity;
import org.qiaoyun.kernel.platform.Kernel;

/**
 * Payara's MicroProfile metrics (heap, threads, CPU, pools) answer at {@code /metrics} inside this
 * application's context, so this filter stands before them: only the platform's operators (admins of
 * the national root) read them, with a bearer token or Basic credentials like any API call. A
 * monitoring system scrapes with a personal access token of such an account.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"}, asyncSupported = true)
public class MetricsGuard implements Filter {

    @Inject
    Kernel kernel;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse answer = (HttpServletResponse) response;
        Principal principal = http.getUserPrincipal();
        if (principal == null) {
            answer.setHeader("WWW-Authenticate", "Bearer realm=\"qiaoyun\"");
            refuse(answer, 401, "Unauthorized", "metrics are read with the credentials of a platform admin (a bearer token)");
            return;
        }
        boolean operator = kernel.accounts().identity(principal.getName()).map(CallerIdentity::isPlatformAdmin).orElse(false);
        if (!operator) {
            refuse(answer, 403, "Forbidden", "metrics are for the platform's admins only");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse answer, int status, String title, String detail) throws IOException {
        answer.setStatus(status);
        answer.setContentType("application/problem+json");
        answer.setCharacterEncoding("UTF-8");
        answer.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
