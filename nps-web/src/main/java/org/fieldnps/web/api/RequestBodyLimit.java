package org.fieldnps.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over {@value #MAXIMUM_BYTES} bytes, with 413; a batch of answers may
 * carry up to {@value #MAXIMUM_BATCH_BYTES}. A job or an answer is a few hundred bytes, and a
 * batch at most 500 of them; refusing more keeps one caller from tying up memory and the JSON
 * parser. The
 * body is cut off as soon as reading passes the limit, whether or not its length was declared:
 * reading up to the limit first (rather than refusing on the Content-Length header alone) lets a
 * client that keeps its connection open receive the refusal instead of stalling on a body nobody
 * reads. The refusal closes the connection, so that a larger body is not read at all.
 */
@Provider
@PreMatching
public class RequestBodyLimit implements ContainerRequestFilter {

    static final int MAXIMUM_BYTES = 64 * 1024;
    static final int MAXIMUM_BATCH_BYTES = 2 * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (request.hasEntity()) {
            boolean batch = request.getUriInfo().getPath().endsWith("responses/" + ResponsesResource.BATCH_PATH);
            request.setEntityStream(new LimitedStream(request.getEntityStream(),
                    batch ? MAXIMUM_BATCH_BYTES : MAXIMUM_BYTES));
        }
    }

    /** Counts what is read and fails once the count passes the limit. */
    private static final class LimitedStream extends FilterInputStream {

        private final long limit;
        private long count;

        LimitedStream(InputStream body, long limit) {
            super(body);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            if (read >= 0) {
                counted(1);
            }
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long bytes) throws BodyTooLargeException {
            count += bytes;
            if (count > limit) {
                throw new BodyTooLargeException(limit);
            }
        }
    }
}
