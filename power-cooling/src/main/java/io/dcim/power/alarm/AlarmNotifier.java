package io.dcim.power.alarm;

import java.util.List;

/**
 * Told about alarm events after they are committed. Implementations must not block for long (they run on the
 * sweep's thread) and may throw: a failing notifier is logged and never undoes or stops an evaluation.
 */
@FunctionalInterface
public interface AlarmNotifier {

    void notify(AlarmEvent event);

    /** Tells every notifier, in order, each one's failure isolated from the others. */
    static AlarmNotifier all(List<AlarmNotifier> notifiers) {
        List<AlarmNotifier> copy = List.copyOf(notifiers);
        return event -> copy.forEach(n -> Notifications.deliver(n, event));
    }
}
