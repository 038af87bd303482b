package io.dcim.power.webhook;

/**
 * What one delivery run did: events handed to the rules, deliveries created for them, attempts made and how they
 * ended (failed ones wait for their next attempt unless they died).
 */
public record DispatchReport(int events, int created, int attempted, int delivered, int failed, int dead) {

    DispatchReport plus(DispatchReport other) {
        return new DispatchReport(events + other.events, created + other.created, attempted + other.attempted,
                delivered + other.delivered, failed + other.failed, dead + other.dead);
    }

    static final DispatchReport NONE = new DispatchReport(0, 0, 0, 0, 0, 0);
}
