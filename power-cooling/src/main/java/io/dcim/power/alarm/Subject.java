package io.dcim.power.alarm;

/** What one alarm is about: a kind on a cabinet or a target, with where it is and a name people recognise. */
record Subject(AlarmKind kind, SubjectType type, long id, String name, long siteId, Long roomId, Long cabinetId,
               Long targetId) {

    /** The alarm's {@code active_key}: one active alarm per subject and kind. */
    String key() {
        return key(type, id, kind);
    }

    static String key(SubjectType type, long id, AlarmKind kind) {
        return type + ":" + id + ":" + kind;
    }
}
