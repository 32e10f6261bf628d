package org.qiaoyun.ui.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;

import org.qiaoyun.kernel.work.RequestWork;

/**
 * Marks where a request begins and ends for the kernel's {@link RequestWork}: within it the gate is
 * asked once per module and tenant, and indicator values are written in one batch at the end (for the
 * API, just before it answers; for the screens, when Vaadin is done with the request).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestWorkBoundary implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        RequestWork.begin();
        try {
            chain.doFilter(request, response);
        } finally {
            RequestWork.end();
        }
    }
}
