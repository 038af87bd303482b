package io.dcim.power.load;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A site's IT load, facility load and PUE now, with its rooms'. The site's facility load comes from meters of
 * the site, else the UPSes of the site, else the design PUE; a room's the same way within the room.
 */
public record SiteLoad(long siteId, String siteName, long itW, Instant itAt, long facilityW,
                       FacilitySource facilitySource, Instant facilityAt, BigDecimal pue, BigDecimal designPue,
                       long contractedW, List<RoomLoad> rooms) implements Serializable {

    public SiteLoad {
        rooms = List.copyOf(rooms);
    }
}
