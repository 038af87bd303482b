package io.dcim.procurement.receiving;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.table.Table;
import io.dcim.inventory.cabinet.CabinetDirectory;
import java.util.List;
import org.hibernate.Session;

/**
 * Finds the cabinet a dock names. Cabinet names repeat across halls ("A07" in every hall of the
 * demo), so the room tells them apart; it may be its own column or written before the cabinet
 * as "Hall 1/A07". Names match ignoring case, within the request's site when it names one.
 */
final class CabinetByName {

    private record Candidate(long id, String room, String site) {
    }

    private final Session session;
    private final Long siteId;

    CabinetByName(Session session, Long siteId) {
        this.session = session;
        this.siteId = siteId;
    }

    long find(String room, String cabinetName) {
        // Names are quoted back in refusals: never more than an excerpt of what was typed.
        String cabinet = Table.excerpt(cabinetName);
        List<Candidate> named = candidates(cabinetName);
        if (named.isEmpty() && room == null && cabinetName.contains("/")) {
            int slash = cabinetName.lastIndexOf('/');
            return find(cabinetName.substring(0, slash).trim(), cabinetName.substring(slash + 1).trim());
        }
        if (named.isEmpty()) {
            throw new InvalidValueException("cabinet", siteId == null ? Message.of("procurement.receiving.noCabinet", cabinet)
                    : Message.of("procurement.receiving.noCabinetInSite", cabinet));
        }
        List<Candidate> inRoom = room == null ? named
                : named.stream().filter(c -> c.room().equalsIgnoreCase(room)).toList();
        if (inRoom.isEmpty()) {
            throw new InvalidValueException("room", siteId == null
                    ? Message.of("procurement.receiving.noCabinetInRoom", cabinet, Table.excerpt(room), rooms(named))
                    : Message.of("procurement.receiving.noCabinetInRoomOfSite", cabinet, Table.excerpt(room), rooms(named)));
        }
        if (inRoom.size() > 1) {
            throw new InvalidValueException(room == null ? "room" : "cabinet", room == null
                    ? Message.of("procurement.receiving.sameNameNameTheRoom", inRoom.size(), cabinet, rooms(inRoom))
                    : Message.of("procurement.receiving.sameNameInRoom", inRoom.size(), cabinet, Table.excerpt(room),
                            rooms(inRoom)));
        }
        return inRoom.get(0).id();
    }

    private List<Candidate> candidates(String cabinet) {
        return CabinetDirectory.named(session, cabinet, siteId).stream()
                .map(c -> new Candidate(c.id(), c.roomName(), c.siteName())).toList();
    }

    private String rooms(List<Candidate> candidates) {
        return String.join(", ", candidates.stream()
                .map(c -> siteId == null ? c.site() + " / " + c.room() : c.room()).distinct().limit(10).toList());
    }
}
