package io.dcim.power.load;

import java.io.Serializable;

/** Which part of the inventory a figure covers: everything, a site, a room or one cabinet. */
public record LoadScope(Level level, Long id) implements Serializable {

    public enum Level { ALL, SITE, ROOM, CABINET }

    public static LoadScope all() {
        return new LoadScope(Level.ALL, null);
    }

    public static LoadScope site(long siteId) {
        return new LoadScope(Level.SITE, siteId);
    }

    public static LoadScope room(long roomId) {
        return new LoadScope(Level.ROOM, roomId);
    }

    public static LoadScope cabinet(long cabinetId) {
        return new LoadScope(Level.CABINET, cabinetId);
    }

    /** The HQL condition selecting this scope, given the paths of the site, room and cabinet ids in the query. */
    String condition(String siteId, String roomId, String cabinetId) {
        return switch (level) {
            case ALL -> "1 = 1";
            case SITE -> siteId + " = :scopeId";
            case ROOM -> roomId + " = :scopeId";
            case CABINET -> cabinetId + " = :scopeId";
        };
    }
}
