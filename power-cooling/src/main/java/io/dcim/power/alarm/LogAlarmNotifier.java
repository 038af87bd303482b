package io.dcim.power.alarm;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes every alarm event to the log (logger {@code io.dcim.power.alarm.events}): raises and rises as warnings. */
public final class LogAlarmNotifier implements AlarmNotifier {

    private static final Logger log = LoggerFactory.getLogger("io.dcim.power.alarm.events");

    @Override
    public void notify(AlarmEvent event) {
        AlarmView a = event.alarm();
        switch (event.type()) {
            case RAISED, ESCALATED -> log.warn("{} {} alarm {} on {}: {}", event.type(), a.severity(), a.id(),
                    a.subjectName(), a.message());
            case DEESCALATED -> log.info("DEESCALATED to {} alarm {} on {}: {}", a.severity(), a.id(), a.subjectName(),
                    a.message());
            case CLEARED -> log.info("CLEARED alarm {} on {}: {}", a.id(), a.subjectName(), a.clearReason());
            case ACKNOWLEDGED -> log.info("ACKNOWLEDGED alarm {} on {} by {}: {}", a.id(), a.subjectName(), a.ackedBy(),
                    a.ackComment());
        }
    }
}
