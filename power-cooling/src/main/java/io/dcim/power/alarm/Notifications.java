package io.dcim.power.alarm;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

final class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private Notifications() {
    }

    static void deliver(AlarmNotifier notifier, AlarmEvent event) {
        try {
            notifier.notify(event);
        } catch (RuntimeException e) {
            log.warn("Alarm notifier {} failed for {} of alarm {}: {}", notifier.getClass().getSimpleName(),
                    event.type(), event.alarm().id(), e.toString());
        }
    }
}
