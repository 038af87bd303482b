package io.dcim.power.load;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A room's IT load (the sum of its PDUs) and facility load, and their ratio now. A value.
 *
 * @param itAt        the oldest PDU reading summed
 * @param facilityAt  the oldest facility reading summed; null for {@link FacilitySource#DESIGN_PUE}
 * @param pue         facility / IT, three decimals; null without IT load
 */
public record RoomLoad(long roomId, String roomName, long siteId, long itW, Instant itAt, int pdus, int pdusReporting,
                       long facilityW, FacilitySource facilitySource, Instant facilityAt, BigDecimal pue,
                       long contractedW, int cabinets, int cabinetsMeasured) implements Serializable {
}
