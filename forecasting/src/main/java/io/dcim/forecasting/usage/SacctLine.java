package io.dcim.forecasting.usage;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One line of {@code sacct --parsable2} output read against its header: a finished job with its allocation,
 * or what else it is. Job steps ({@code 123.batch}, {@code 123.extern}, {@code 123.0}) are left out: the job's
 * own line holds the allocation for the whole time the steps ran in it, so counting steps too would count the
 * same cards twice. Jobs that never started (pending, cancelled while pending) or have not ended (running) are
 * left out as well: a later import counts them once they have ended.
 */
final class SacctLine {

    static final String JOB_ID = "JobID";
    static final String CLUSTER = "Cluster";
    static final String ACCOUNT = "Account";
    static final String PARTITION = "Partition";
    static final String ALLOC_TRES = "AllocTRES";
    static final String START = "Start";
    static final String END = "End";
    static final List<String> REQUIRED = List.of(JOB_ID, CLUSTER, ACCOUNT, PARTITION, ALLOC_TRES, START, END);

    static final int MAX_ID = 64;
    static final int MAX_CARDS = 100_000;
    static final int MAX_CORES = 10_000_000;

    enum Kind { JOB, STEP, NOT_STARTED, NOT_ENDED }

    /** A finished job: who ran it where, with how many cards and cores, from start to end (the cluster's local time). */
    record Job(String cluster, String jobId, String account, String partition, int gpus, int cpus,
               LocalDateTime start, LocalDateTime end) {
    }

    private final Map<String, Integer> columns;
    private final int width;

    SacctLine(List<String> header) {
        this.columns = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip(), i);
        }
        this.width = header.size();
    }

    /** The required columns the header lacks. */
    List<String> missingColumns() {
        return REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
    }

    /** What the line is; fields already split on |. */
    static Kind kind(String jobId, String start, String end) {
        if (jobId.indexOf('.') >= 0) {
            return Kind.STEP;
        }
        if (unknown(start)) {
            return Kind.NOT_STARTED;
        }
        return unknown(end) ? Kind.NOT_ENDED : Kind.JOB;
    }

    /**
     * The job on a line, or null when the line is a step or a job that has not run to its end.
     *
     * @throws InvalidValueException naming the column at fault
     */
    Job parse(String line) {
        String[] f = split(line);
        if (f.length != width) {
            throw new InvalidValueException(null, Message.of("forecasting.usage.fieldCount", f.length, width));
        }
        String jobId = field(f, JOB_ID);
        if (jobId.isEmpty() || jobId.length() > MAX_ID) {
            throw new InvalidValueException(JOB_ID, Message.of("forecasting.usage.badJobId", MAX_ID));
        }
        String start = field(f, START);
        String end = field(f, END);
        if (kind(jobId, start, end) != Kind.JOB) {
            return null;
        }
        String cluster = field(f, CLUSTER);
        if (cluster.isEmpty() || cluster.length() > MappingService.MAX_CLUSTER) {
            throw new InvalidValueException(CLUSTER, Message.of("forecasting.usage.badCluster", MappingService.MAX_CLUSTER));
        }
        LocalDateTime from = time(START, start);
        LocalDateTime to = time(END, end);
        if (to.isBefore(from)) {
            throw new InvalidValueException(END, Message.of("forecasting.usage.endBeforeStart", end, start));
        }
        int[] tres = tres(field(f, ALLOC_TRES));
        return new Job(cluster, jobId, field(f, ACCOUNT), field(f, PARTITION), tres[0], tres[1], from, to);
    }

    private String field(String[] f, String column) {
        return f[columns.get(column)].strip();
    }

    private static boolean unknown(String time) {
        return time.isEmpty() || "Unknown".equalsIgnoreCase(time) || "None".equalsIgnoreCase(time);
    }

    private static LocalDateTime time(String column, String value) {
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(column, Message.of("forecasting.usage.badTime", value));
        }
    }

    /**
     * {cards, cores} of an AllocTRES list ({@code billing=64,cpu=64,gres/gpu=8,mem=1T,node=1}): {@code gres/gpu},
     * or the sum of the typed {@code gres/gpu:h100=8} entries when the untyped total is absent; {@code cpu}.
     */
    static int[] tres(String value) {
        long gpus = -1;
        long typedGpus = 0;
        long cpus = 0;
        if (!value.isEmpty()) {
            for (String item : value.split(",")) {
                int eq = item.indexOf('=');
                if (eq <= 0) {
                    throw new InvalidValueException(ALLOC_TRES, Message.of("forecasting.usage.badTres", value));
                }
                String name = item.substring(0, eq).strip();
                String count = item.substring(eq + 1).strip();
                if (name.equals("cpu")) {
                    cpus = count(value, count, MAX_CORES);
                } else if (name.equals("gres/gpu")) {
                    gpus = count(value, count, MAX_CARDS);
                } else if (name.startsWith("gres/gpu:")) {
                    typedGpus += count(value, count, MAX_CARDS);
                }
            }
        }
        long cards = gpus >= 0 ? gpus : typedGpus;
        if (cards > MAX_CARDS) {
            throw new InvalidValueException(ALLOC_TRES, Message.of("forecasting.usage.badTres", value));
        }
        return new int[] {(int) cards, (int) cpus};
    }

    private static long count(String whole, String count, long max) {
        try {
            long n = Long.parseLong(count);
            if (n < 0 || n > max) {
                throw new NumberFormatException(count);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidValueException(ALLOC_TRES, Message.of("forecasting.usage.badTres", whole));
        }
    }

    /** Splits on every |, keeping empty fields (sacct --parsable2 has no trailing separator and no quoting). */
    static String[] split(String line) {
        List<String> out = new ArrayList<>(12);
        int from = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '|') {
                out.add(line.substring(from, i));
                from = i + 1;
            }
        }
        out.add(line.substring(from));
        return out.toArray(new String[0]);
    }
}
