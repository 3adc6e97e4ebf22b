package org.fieldnps.web.api;

import java.io.IOException;

/**
 * A request body beyond what the API accepts. It is an I/O failure, so that it passes unchanged
 * through the JSON parser reading the body, and the problem mapper finds it among the causes.
 */
final class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("The body is larger than " + limit / 1024 + " KB.");
    }
}
