package io.dcim.power.remote;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a collector pushes ({@code POST /collectors/self/readings}): the polls of one sweep, each with its outcome
 * and readings, numbered in the collector's stream. The central stores a batch once: a batch whose sequence it
 * has already stored for this stream (a replay after a lost answer) adds nothing. A new stream id (a collector
 * whose buffer was wiped) starts the numbering again.
 *
 * @param stream   the collector buffer's id, made when its data directory was first used
 * @param sequence 1, 2, 3... in the order the sweeps ran; the buffer replays them in that order
 * @param buffer   what the collector's buffer holds and has dropped when the batch is sent
 */
public record ReadingBatch(String stream, long sequence, Instant sweptAt, List<Poll> polls, BufferState buffer) {

    /** One poll of one target: how it went, and what it read. */
    public record Poll(long targetId, String outcome, long latencyMs, Instant polledAt, String detail,
                       List<Value> readings) {
    }

    /** One value read, as the collectors answer it (metric, table row, scaled value, unit). */
    public record Value(String metric, String instance, BigDecimal value, String unit) {
    }
}
