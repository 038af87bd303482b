package io.dcim.rest;

/** 429: the caller must wait (the {@code Retry-After} header says how long). */
public final class RetryLaterException extends ApiException {

    private final long retryAfterSeconds;

    public RetryLaterException(String message, long retryAfterSeconds) {
        super(429, null, message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
