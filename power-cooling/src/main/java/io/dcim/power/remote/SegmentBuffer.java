package io.dcim.power.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A collector's on-disk buffer of batches waiting for the central: append-only segment files under a directory,
 * each record {@code [length][sequence][crc32][payload]}, fsynced as it is appended, read back oldest first, and
 * a cursor file holding the last sequence the central acknowledged (written to a temporary file, fsynced, moved
 * over the old one). Sequences go on across restarts; a crash mid-append leaves a torn last record, which the next
 * open cuts off (its batch was never acknowledged, nor sent).
 *
 * <p>Bounded by bytes on disk. When an append would pass the bound, the <b>oldest</b> whole segment is dropped:
 * its batches are counted (kept in a file, reported to the central with every push and heartbeat and shown on the
 * console) and logged with their sequence range. Why the oldest: during a long outage the newest readings are
 * the ones operations act on (current load, alarms once the link is back), and an outage that outlasts the
 * buffer has lost history either way; size the buffer for the longest outage to ride out (README).
 *
 * <p>One thread appends (the sweeps) and one sends (the drain); every method is synchronized.
 */
public final class SegmentBuffer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SegmentBuffer.class);
    private static final int HEADER = 4 + 8 + 4;
    private static final String SEGMENT_PREFIX = "segment-";
    private static final String SEGMENT_SUFFIX = ".log";

    private final Path dir;
    private final long maxBytes;
    private final long segmentBytes;
    private final String streamId;
    private final Deque<Segment> segments = new ArrayDeque<>();
    /** Records not acknowledged yet, oldest first. */
    private final Deque<Rec> pending = new ArrayDeque<>();
    private long pendingBytes;
    private long diskBytes;
    private long acknowledged;
    private long nextSequence;
    private long dropped;
    private FileChannel active;

    private SegmentBuffer(Path dir, long maxBytes) {
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.segmentBytes = Math.max(1024, Math.min(16L << 20, maxBytes / 8));
        this.streamId = readOrCreateStream(dir);
    }

    /**
     * Opens (or creates) the buffer in {@code dir}, bounded by {@code maxBytes} on disk (at least 16 KiB).
     */
    public static SegmentBuffer open(Path dir, long maxBytes) {
        if (maxBytes < 16 * 1024) {
            throw new IllegalArgumentException("a buffer of at least 16 KiB, not " + maxBytes + " bytes");
        }
        try {
            Files.createDirectories(dir);
            SegmentBuffer buffer = new SegmentBuffer(dir, maxBytes);
            buffer.load();
            return buffer;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the collector buffer in " + dir, e);
        }
    }

    /** This buffer's stream id: made once with the directory, so a wiped buffer starts a new stream. */
    public String streamId() {
        return streamId;
    }

    /** The sequence the next append gets. */
    public synchronized long nextSequence() {
        return nextSequence;
    }

    /**
     * Appends a batch under the next sequence number, on disk (fsynced) when this returns; drops the oldest
     * segments first when the bound would be passed.
     *
     * @param payload what to send, made with its sequence number ({@link #nextSequence()})
     * @return the sequence it was stored under
     */
    public synchronized long append(byte[] payload) {
        long size = HEADER + (long) payload.length;
        if (size > maxBytes / 2) {
            throw new IllegalArgumentException("a batch of " + payload.length + " bytes does not fit a buffer of "
                    + maxBytes + " bytes");
        }
        try {
            while (diskBytes + size > maxBytes && !segments.isEmpty()) {
                if (segments.size() == 1) {
                    roll();
                }
                dropOldest();
            }
            if (active == null || segments.getLast().bytes >= segmentBytes) {
                roll();
            }
            Segment segment = segments.getLast();
            long sequence = nextSequence;
            ByteBuffer record = ByteBuffer.allocate((int) size);
            CRC32 crc = new CRC32();
            crc.update(payload);
            record.putInt(payload.length).putLong(sequence).putInt((int) crc.getValue()).put(payload).flip();
            long offset = segment.bytes;
            while (record.hasRemaining()) {
                active.write(record);
            }
            active.force(false);
            segment.bytes += size;
            segment.lastSequence = sequence;
            diskBytes += size;
            pending.addLast(new Rec(segment, sequence, offset, payload.length));
            pendingBytes += size;
            nextSequence = sequence + 1;
            return sequence;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the collector buffer in " + dir, e);
        }
    }

    /** The oldest batch not acknowledged yet. */
    public synchronized Optional<Entry> peek() {
        Rec rec = pending.peekFirst();
        if (rec == null) {
            return Optional.empty();
        }
        try (FileChannel in = FileChannel.open(rec.segment.path, StandardOpenOption.READ)) {
            ByteBuffer payload = ByteBuffer.allocate(rec.length);
            long at = rec.offset + HEADER;
            while (payload.hasRemaining()) {
                int n = in.read(payload, at);
                if (n < 0) {
                    throw new IOException("segment " + rec.segment.path + " ends inside record " + rec.sequence);
                }
                at += n;
            }
            return Optional.of(new Entry(rec.sequence, payload.array()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the collector buffer in " + dir, e);
        }
    }

    /**
     * The central stored batch {@code sequence} (the oldest pending): it is not sent again, and segments whose
     * batches are all acknowledged are deleted.
     */
    public synchronized void acknowledge(long sequence) {
        Rec rec = pending.peekFirst();
        if (rec == null || rec.sequence != sequence) {
            throw new IllegalStateException("batch " + sequence + " is not the oldest pending ("
                    + (rec == null ? "none" : rec.sequence) + ")");
        }
        pending.removeFirst();
        pendingBytes -= HEADER + (long) rec.length;
        acknowledged = sequence;
        writeCursor();
        while (segments.size() > 1 && segments.getFirst().lastSequence <= acknowledged) {
            delete(segments.removeFirst());
        }
    }

    /** Batches waiting and their bytes, and batches dropped (full buffer) since the buffer was made. */
    public synchronized BufferState state() {
        return new BufferState(pending.size(), pendingBytes, dropped);
    }

    /** Segment files on disk (the one being written included) and their bytes, acknowledged records included. */
    public synchronized int segmentFiles() {
        return segments.size();
    }

    public synchronized long bytesOnDisk() {
        return diskBytes;
    }

    @Override
    public synchronized void close() {
        closeActive();
    }

    /** A pending batch: its sequence and what to send. */
    public record Entry(long sequence, byte[] payload) {
    }

    // --- on disk ---------------------------------------------------------------------------------------------

    private void load() throws IOException {
        acknowledged = readLong(dir.resolve("cursor"));
        dropped = readLong(dir.resolve("dropped"));
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().startsWith(SEGMENT_PREFIX)
                    && p.getFileName().toString().endsWith(SEGMENT_SUFFIX)).sorted().toList();
        }
        long last = acknowledged;
        for (Path file : files) {
            Segment segment = new Segment(file);
            scan(segment);
            if (segment.bytes == 0 || segment.lastSequence <= acknowledged && file != files.get(files.size() - 1)) {
                Files.deleteIfExists(file);
                continue;
            }
            segments.addLast(segment);
            diskBytes += segment.bytes;
            last = Math.max(last, segment.lastSequence);
        }
        nextSequence = last + 1;
    }

    /** Reads a segment's records; a torn or corrupt tail (a crash mid-append) is cut off. */
    private void scan(Segment segment) throws IOException {
        try (FileChannel in = FileChannel.open(segment.path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = in.size();
            long at = 0;
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            List<Rec> recs = new ArrayList<>();
            while (at + HEADER <= size) {
                header.clear();
                in.read(header, at);
                header.flip();
                int length = header.getInt();
                long sequence = header.getLong();
                int crc = header.getInt();
                if (length < 0 || at + HEADER + length > size) {
                    break;
                }
                ByteBuffer payload = ByteBuffer.allocate(length);
                in.read(payload, at + HEADER);
                CRC32 check = new CRC32();
                check.update(payload.array());
                if ((int) check.getValue() != crc) {
                    break;
                }
                recs.add(new Rec(segment, sequence, at, length));
                segment.lastSequence = sequence;
                at += HEADER + length;
            }
            if (at < size) {
                log.warn("Collector buffer {}: cut a torn record at byte {} (a crash while it was written; its batch was"
                        + " never sent)", segment.path.getFileName(), at);
                in.truncate(at);
                in.force(true);
            }
            segment.bytes = at;
            for (Rec r : recs) {
                if (r.sequence > acknowledged) {
                    pending.addLast(r);
                    pendingBytes += HEADER + (long) r.length;
                }
            }
        }
    }

    private void roll() throws IOException {
        closeActive();
        Path file = dir.resolve(String.format("%s%020d%s", SEGMENT_PREFIX, nextSequence, SEGMENT_SUFFIX));
        if (!segments.isEmpty() && segments.getLast().path.equals(file)) {
            // The last segment was made for this sequence and holds nothing yet: append to it.
            active = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            return;
        }
        active = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        segments.addLast(new Segment(file));
    }

    private void dropOldest() {
        Segment oldest = segments.removeFirst();
        long count = 0;
        long first = -1;
        long bytes = 0;
        while (!pending.isEmpty() && pending.peekFirst().segment == oldest) {
            Rec r = pending.removeFirst();
            first = first < 0 ? r.sequence : first;
            count++;
            bytes += HEADER + (long) r.length;
        }
        pendingBytes -= bytes;
        if (count > 0) {
            dropped += count;
            acknowledged = Math.max(acknowledged, oldest.lastSequence);
            writeLong(dir.resolve("dropped"), dropped);
            writeCursor();
            log.warn("Collector buffer full ({} bytes): dropped the oldest {} batches, {} to {} ({} bytes) never sent;"
                    + " {} dropped in all", maxBytes, count, first, oldest.lastSequence, bytes, dropped);
        }
        delete(oldest);
    }

    private void delete(Segment segment) {
        diskBytes -= segment.bytes;
        try {
            Files.deleteIfExists(segment.path);
        } catch (IOException e) {
            log.warn("Could not delete the sent buffer segment {}: {}", segment.path, e.getMessage());
        }
    }

    private void closeActive() {
        if (active != null) {
            try {
                active.close();
            } catch (IOException e) {
                log.debug("Closing a buffer segment failed: {}", e.getMessage());
            }
            active = null;
        }
    }

    private void writeCursor() {
        writeLong(dir.resolve("cursor"), acknowledged);
    }

    /** Written whole or not at all: a temporary file, fsynced, moved over the old one. */
    private static void writeLong(Path file, long value) {
        try {
            DurableFiles.replace(file, (value + "\n").getBytes(StandardCharsets.US_ASCII), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static long readLong(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
        try {
            return text.isEmpty() ? 0 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IOException(file + " holds '" + text + "', not a number");
        }
    }

    private static String readOrCreateStream(Path dir) {
        Path file = dir.resolve("stream.id");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).trim();
            }
            String id = UUID.randomUUID().toString();
            Path temp = dir.resolve("stream.id.tmp");
            Files.writeString(temp, id + "\n", StandardCharsets.US_ASCII);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make " + file, e);
        }
    }

    private static final class Segment {
        final Path path;
        long bytes;
        long lastSequence;

        Segment(Path path) {
            this.path = path;
        }
    }

    private record Rec(Segment segment, long sequence, long offset, int length) {
    }
}
