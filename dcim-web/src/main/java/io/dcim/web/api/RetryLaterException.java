package io.dcim.web.api;

/** 429: the caller must wait (the {@code Retry-After} header says how long). */
final class RetryLaterException extends ApiException {

    private final long retryAfterSeconds;

    RetryLaterException(String message, long retryAfterSeconds) {
        super(429, null, message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
