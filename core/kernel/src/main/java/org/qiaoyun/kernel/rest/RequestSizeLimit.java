package org.qiaoyun.kernel.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Bounds every request body before anything reads it: a body announced larger than the limit is refused
 * at once (413), and one sent without a length is cut off where it passes the limit. A spreadsheet import
 * or a tenant tree may be larger than a JSON form, never unbounded.
 */
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter {

    /** JSON bodies: far above any form. */
    static final long JSON_LIMIT = 1024 * 1024;
    /** Files (spreadsheets to import, tenant trees). */
    static final long FILE_LIMIT = 16 * 1024 * 1024;
    /** A federation's archive on its way to a new platform: a county of 100,000 cases is some 100 MB. */
    static final long ARCHIVE_LIMIT = 4L * 1024 * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = isArchive(request) ? ARCHIVE_LIMIT : isFile(request) ? FILE_LIMIT : JSON_LIMIT;
        if (request.getLength() > limit) {
            request.abortWith(tooLarge(limit));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream(), limit));
        }
    }

    private static boolean isArchive(ContainerRequestContext request) {
        var type = request.getMediaType();
        return type != null && type.getSubtype().equals("zip") && request.getUriInfo().getPath().endsWith("/archive");
    }

    private static boolean isFile(ContainerRequestContext request) {
        var type = request.getMediaType();
        return type != null && !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
    }

    static Response tooLarge(long limit) {
        return Problem.response(413, "Payload Too Large", "the request body is larger than " + limit / 1024 + " KB", null);
    }

    /** A body stream that fails once more than the limit was read. */
    static final class Bounded extends FilterInputStream {

        private final long limit;
        private long read;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }
    }

    /** Thrown while reading a body past the limit; answered 413. */
    public static final class BodyTooLargeException extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final long limit;

        BodyTooLargeException(long limit) {
            super("the request body is larger than " + limit / 1024 + " KB");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }
}
