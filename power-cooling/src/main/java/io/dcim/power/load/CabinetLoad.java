package io.dcim.power.load;

import java.io.Serializable;
import java.time.Instant;

/**
 * A cabinet's measured draw against what is contracted, and its inlet conditions. A value, safe to keep in a page.
 *
 * @param measuredW      sum of the latest power of the cabinet's PDUs, null when none has a current reading
 * @param utilizationPct measured / contracted, in %, one decimal; null without a measurement
 * @param headroomW      contracted - measured (negative when over); null without a measurement
 * @param readingAt      the oldest of the readings summed: the figure is as current as that
 * @param pdus           enabled PDU targets of the cabinet
 * @param pdusReporting  of those, how many have a current reading; fewer than {@code pdus} means the sum is low
 * @param inletTempC     the hottest current inlet reading (PDU probes and sensors in the cabinet), one decimal
 * @param humidityPct    the mean current relative humidity there, one decimal
 */
public record CabinetLoad(long cabinetId, String cabinetName, long roomId, String roomName, long siteId,
                          String rowName, int position, int contractedW, Long measuredW, Double utilizationPct,
                          Long headroomW, Instant readingAt, int pdus, int pdusReporting, Double inletTempC,
                          Envelope inletEnvelope, Double humidityPct, Envelope humidityEnvelope)
        implements Serializable {

    /** Every PDU of the cabinet reported: the sum is the cabinet's whole draw. */
    public boolean complete() {
        return pdus > 0 && pdusReporting == pdus;
    }

    public boolean measured() {
        return measuredW != null;
    }
}
