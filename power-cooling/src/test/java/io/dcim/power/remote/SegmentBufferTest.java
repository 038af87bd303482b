package io.dcim.power.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentBufferTest {

    private static final long BOUND = 64 * 1024;

    @TempDir
    Path dir;

    @Test
    void batchesComeBackOldestFirstOneAtATimeUntilEachIsAcknowledged() {
        try (SegmentBuffer buffer = SegmentBuffer.open(dir, BOUND)) {
            for (int i = 1; i <= 50; i++) {
                assertThat(buffer.append(payload(i, 200))).isEqualTo(i);
            }
            List<String> sentInOrder = new ArrayList<>();
            for (var next = buffer.peek(); next.isPresent(); next = buffer.peek()) {
                assertThat(buffer.peek()).as("peeking again gives the same batch until it is acknowledged")
                        .get().extracting(SegmentBuffer.Entry::sequence).isEqualTo(next.get().sequence());
                sentInOrder.add(head(next.get().payload()));
                buffer.acknowledge(next.get().sequence());
            }
            assertThat(sentInOrder).hasSize(50).first().isEqualTo("batch-1");
            assertThat(sentInOrder).last().isEqualTo("batch-50");
            assertThat(sentInOrder).isEqualTo(java.util.stream.IntStream.rangeClosed(1, 50).mapToObj(i -> "batch-" + i).toList());
            assertThat(buffer.state()).isEqualTo(new BufferState(0, 0, 0));
        }
    }

    @Test
    void onlyTheOldestPendingBatchCanBeAcknowledged() {
        try (SegmentBuffer buffer = SegmentBuffer.open(dir, BOUND)) {
            buffer.append(payload(1, 10));
            buffer.append(payload(2, 10));
            assertThatThrownBy(() -> buffer.acknowledge(2)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not the oldest pending (1)");
        }
    }

    @Test
    void aFullBufferDropsItsOldestBatchesCountsThemAndKeepsTheNewestInOrder() throws IOException {
        List<Long> kept = new ArrayList<>();
        try (SegmentBuffer buffer = SegmentBuffer.open(dir, BOUND)) {
            for (int i = 1; i <= 400; i++) {
                buffer.append(payload(i, 1_000));
                assertThat(diskBytes()).as("never more on disk than the bound").isLessThanOrEqualTo(BOUND);
            }
            BufferState state = buffer.state();
            assertThat(state.dropped()).as("dropped batches are counted").isPositive();
            assertThat(state.batches() + state.dropped()).as("every batch is either waiting or counted dropped")
                    .isEqualTo(400);
            for (var next = buffer.peek(); next.isPresent(); next = buffer.peek()) {
                kept.add(next.get().sequence());
                buffer.acknowledge(next.get().sequence());
            }
            assertThat(kept).as("the newest, in order, with no gap").last().isEqualTo(400L);
            assertThat(kept).isSorted().hasSize((int) state.batches());
            assertThat(kept.get(kept.size() - 1) - kept.get(0) + 1).isEqualTo(kept.size());
        }
        try (SegmentBuffer reopened = SegmentBuffer.open(dir, BOUND)) {
            assertThat(reopened.state().dropped()).as("the count survives a restart").isEqualTo(400 - kept.size());
        }
    }

    @Test
    void aRestartResumesAtTheFirstBatchNotAcknowledgedAndGoesOnNumbering() {
        String stream;
        SegmentBuffer buffer = SegmentBuffer.open(dir, BOUND);
        stream = buffer.streamId();
        for (int i = 1; i <= 10; i++) {
            buffer.append(payload(i, 300));
        }
        for (int i = 1; i <= 4; i++) {
            buffer.acknowledge(buffer.peek().orElseThrow().sequence());
        }
        // No close: what a crash leaves (every append and the cursor were fsynced as they were written).

        try (SegmentBuffer again = SegmentBuffer.open(dir, BOUND)) {
            assertThat(again.streamId()).isEqualTo(stream);
            assertThat(again.state().batches()).isEqualTo(6);
            assertThat(head(again.peek().orElseThrow().payload())).isEqualTo("batch-5");
            assertThat(again.append(payload(11, 10))).as("numbering goes on").isEqualTo(11);
        }
        buffer.close();
    }

    @Test
    void aTornLastRecordFromACrashMidAppendIsCutOffAndTheRestKept() throws IOException {
        try (SegmentBuffer buffer = SegmentBuffer.open(dir, BOUND)) {
            buffer.append(payload(1, 100));
            buffer.append(payload(2, 100));
        }
        Path segment;
        try (Stream<Path> files = Files.list(dir)) {
            segment = files.filter(p -> p.getFileName().toString().startsWith("segment-")).findFirst().orElseThrow();
        }
        // Half a record: a length, a sequence and a few bytes of a payload that never got written whole.
        Files.write(segment, new byte[] {0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3}, StandardOpenOption.APPEND);

        try (SegmentBuffer again = SegmentBuffer.open(dir, BOUND)) {
            assertThat(again.state().batches()).isEqualTo(2);
            assertThat(again.append(payload(3, 10))).isEqualTo(3);
            List<String> order = new ArrayList<>();
            for (var next = again.peek(); next.isPresent(); next = again.peek()) {
                order.add(head(next.get().payload()));
                again.acknowledge(next.get().sequence());
            }
            assertThat(order).containsExactly("batch-1", "batch-2", "batch-3");
        }
    }

    @Test
    void aNewDirectoryIsANewStream() {
        String first;
        try (SegmentBuffer a = SegmentBuffer.open(dir.resolve("a"), BOUND)) {
            first = a.streamId();
        }
        try (SegmentBuffer b = SegmentBuffer.open(dir.resolve("b"), BOUND)) {
            assertThat(b.streamId()).isNotEqualTo(first).matches("[a-f0-9-]{36}");
        }
    }

    @Test
    void aBatchLargerThanHalfTheBufferIsRefusedNotWritten() {
        try (SegmentBuffer buffer = SegmentBuffer.open(dir, BOUND)) {
            assertThatThrownBy(() -> buffer.append(new byte[(int) BOUND])).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("does not fit");
            assertThat(buffer.state().batches()).isZero();
        }
    }

    private long diskBytes() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("segment-")).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static byte[] payload(int n, int size) {
        byte[] head = ("batch-" + n + "|").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[Math.max(size, head.length)];
        System.arraycopy(head, 0, out, 0, head.length);
        return out;
    }

    private static String head(byte[] payload) {
        String s = new String(payload, StandardCharsets.US_ASCII);
        return s.substring(0, s.indexOf('|'));
    }
}
