package io.dcim.rest;

import io.dcim.common.error.Message;

/** 429: the caller must wait (the {@code Retry-After} header says how long). */
public final class RetryLaterException extends ApiException {

    private final long retryAfterSeconds;

    public RetryLaterException(Message why, long retryAfterSeconds) {
        super(429, null, why);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
