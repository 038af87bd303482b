package io.dcim.power.load;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A room's IT load (the sum of its PDUs) and facility load, and their ratio now. A value.
 *
 * @param itAt             the oldest PDU reading summed
 * @param facilityAt       the oldest facility reading summed; null for {@link FacilitySource#DESIGN_PUE}
 * @param facilityComplete whether every meter or UPS of the room's facility source has a current reading
 * @param facilityMissing  those that have none, left out of {@code facilityW}, and why
 * @param pue              facility / IT, three decimals; null without IT load or with an incomplete facility load
 */
public record RoomLoad(long roomId, String roomName, long siteId, long itW, Instant itAt, int pdus, int pdusReporting,
                       long facilityW, FacilitySource facilitySource, Instant facilityAt, boolean facilityComplete,
                       List<FacilityGap> facilityMissing, BigDecimal pue, long contractedW, int cabinets,
                       int cabinetsMeasured) implements Serializable {

    public RoomLoad {
        facilityMissing = List.copyOf(facilityMissing);
    }
}
