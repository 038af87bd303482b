package io.dcim.power.webhook;

/**
 * What one attempt came to: accepted or not, the HTTP status if an answer came, and a short excerpt of the
 * answer or of the failure (never the whole body, never the address).
 */
public record Outcome(boolean delivered, Integer status, String detail) {

    static Outcome delivered(int status) {
        return new Outcome(true, status, null);
    }

    static Outcome failed(Integer status, String detail) {
        return new Outcome(false, status, detail);
    }
}
