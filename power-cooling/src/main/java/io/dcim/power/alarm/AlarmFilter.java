package io.dcim.power.alarm;

import java.io.Serializable;

/** Filters of the alarm list; null means "any". */
public record AlarmFilter(AlarmState state, Long siteId, Long roomId, Long cabinetId, Long targetId, AlarmKind kind,
                          Severity severity) implements Serializable {

    public static AlarmFilter active() {
        return new AlarmFilter(AlarmState.ACTIVE, null, null, null, null, null, null);
    }

    public static AlarmFilter all() {
        return new AlarmFilter(null, null, null, null, null, null, null);
    }

    public AlarmFilter withSite(Long site) {
        return new AlarmFilter(state, site, roomId, cabinetId, targetId, kind, severity);
    }

    public AlarmFilter withCabinet(Long cabinet) {
        return new AlarmFilter(state, siteId, roomId, cabinet, targetId, kind, severity);
    }
}
