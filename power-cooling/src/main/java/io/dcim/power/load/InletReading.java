package io.dcim.power.load;

import java.io.Serializable;
import java.time.Instant;

/**
 * The air conditions one target measures (a PDU's probe, a rack sensor), against the recommended envelope.
 * Null values were not reported; {@code at} is the newer of the two readings.
 */
public record InletReading(long targetId, String targetName, Long roomId, Long cabinetId, Double tempC,
                           Envelope tempEnvelope, Double humidityPct, Envelope humidityEnvelope, Instant at)
        implements Serializable {
}
