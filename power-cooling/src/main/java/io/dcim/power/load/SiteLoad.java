package io.dcim.power.load;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A site's IT load, facility load and PUE now, with its rooms'. The site's facility load comes from meters of
 * the site, else the UPSes of the site, else the design PUE; a room's the same way within the room.
 *
 * @param itW               the sum of the rooms' IT load and {@code itNotInRoomW}, so the parts add up
 * @param itNotInRoomW      the PDUs of the site placed in no room (neither directly nor through a cabinet)
 * @param pdusNotInRoom     how many such PDUs there are
 * @param facilityComplete  whether every meter or UPS the facility load is summed from has a current reading; when
 *                          not, {@code facilityW} is a part only and {@code pue} is null
 * @param facilityMissing   the meters or UPSes left out of {@code facilityW}, and why
 */
public record SiteLoad(long siteId, String siteName, long itW, Instant itAt, long itNotInRoomW, int pdusNotInRoom,
                       long facilityW, FacilitySource facilitySource, Instant facilityAt, boolean facilityComplete,
                       List<FacilityGap> facilityMissing, BigDecimal pue, BigDecimal designPue, long contractedW,
                       List<RoomLoad> rooms) implements Serializable {

    public SiteLoad {
        facilityMissing = List.copyOf(facilityMissing);
        rooms = List.copyOf(rooms);
    }
}
