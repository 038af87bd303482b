package io.dcim.forecasting.usage;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lines of {@code sacct --parsable2} output read against their header: a finished job with its allocation,
 * or what else it is. Job steps ({@code 123.batch}, {@code 123.extern}, {@code 123.0}) are left out: the job's
 * own line holds the allocation for the whole time the steps ran in it, so counting steps too would count the
 * same cards twice. Jobs that never started (pending, cancelled while pending) or have not ended (running) are
 * left out as well: a later import counts them once they have ended.
 *
 * <p>A million lines are read per import, so a line is cut where its separators are and only the columns the
 * import needs become strings; times in sacct's own shape ({@code 2025-03-01T10:00:00}) are read digit by digit
 * (the general ISO parser, kept for any other shape, cost more than the rest of the line). One instance reads
 * one file, on one thread.
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

    /**
     * A finished job: who ran it where, with how many cards and cores, from start to end (the cluster's local
     * time, to the second).
     */
    record Job(String cluster, String jobId, String account, String partition, int gpus, int cpus,
               LocalDateTime start, LocalDateTime end) {
    }

    private final Map<String, Integer> columns = new HashMap<>();
    private final int width;
    private final int jobIdAt;
    private final int clusterAt;
    private final int accountAt;
    private final int partitionAt;
    private final int tresAt;
    private final int startAt;
    private final int endAt;
    /** Where each field of the line being read starts, and one past the separator after the last: reused. */
    private final int[] starts;
    private String line;
    private Kind kind;

    SacctLine(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip(), i);
        }
        this.width = header.size();
        this.starts = new int[width + 1];
        this.jobIdAt = columns.getOrDefault(JOB_ID, -1);
        this.clusterAt = columns.getOrDefault(CLUSTER, -1);
        this.accountAt = columns.getOrDefault(ACCOUNT, -1);
        this.partitionAt = columns.getOrDefault(PARTITION, -1);
        this.tresAt = columns.getOrDefault(ALLOC_TRES, -1);
        this.startAt = columns.getOrDefault(START, -1);
        this.endAt = columns.getOrDefault(END, -1);
    }

    /** The required columns the header lacks. */
    List<String> missingColumns() {
        return REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
    }

    /** What the line last given to {@link #parse} is. */
    Kind kind() {
        return kind;
    }

    /**
     * The job on a line, or null when the line is a step or a job that has not run to its end ({@link #kind} says
     * which).
     *
     * @throws InvalidValueException naming the column at fault
     */
    Job parse(String text) {
        int fields = cut(text);
        if (fields != width) {
            throw new InvalidValueException(null, Message.of("forecasting.usage.fieldCount", fields, width));
        }
        String jobId = value(jobIdAt);
        if (jobId.isEmpty() || jobId.length() > MAX_ID) {
            throw new InvalidValueException(JOB_ID, Message.of("forecasting.usage.badJobId", MAX_ID));
        }
        kind = jobId.indexOf('.') >= 0 ? Kind.STEP
                : unknown(startAt) ? Kind.NOT_STARTED
                : unknown(endAt) ? Kind.NOT_ENDED
                : Kind.JOB;
        if (kind != Kind.JOB) {
            return null;
        }
        String cluster = value(clusterAt);
        if (cluster.isEmpty() || cluster.length() > MappingService.MAX_CLUSTER) {
            throw new InvalidValueException(CLUSTER, Message.of("forecasting.usage.badCluster", MappingService.MAX_CLUSTER));
        }
        LocalDateTime from = time(START, startAt);
        LocalDateTime to = time(END, endAt);
        if (to.isBefore(from)) {
            throw new InvalidValueException(END, Message.of("forecasting.usage.endBeforeStart", value(endAt),
                    value(startAt)));
        }
        int[] counts = tres(line, begin(tresAt), finish(tresAt));
        return new Job(cluster, jobId, value(accountAt), value(partitionAt), counts[0], counts[1], from, to);
    }

    /** Notes where each field starts; returns the number of fields. */
    private int cut(String text) {
        line = text;
        int fields = 1;
        for (int bar = text.indexOf('|'); bar >= 0; bar = text.indexOf('|', bar + 1)) {
            if (fields < starts.length) {
                starts[fields] = bar + 1;
            }
            fields++;
        }
        if (fields < starts.length) {
            starts[fields] = text.length() + 1;
        }
        return fields;
    }

    /** Field {@code i} without the white space around it, as {@link String#strip} gives. */
    private String value(int i) {
        return line.substring(begin(i), finish(i));
    }

    private int begin(int i) {
        int at = starts[i];
        int end = starts[i + 1] - 1;
        while (at < end && Character.isWhitespace(line.charAt(at))) {
            at++;
        }
        return at;
    }

    private int finish(int i) {
        int from = begin(i);
        int at = starts[i + 1] - 1;
        while (at > from && Character.isWhitespace(line.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    private boolean unknown(int i) {
        int from = begin(i);
        int length = finish(i) - from;
        return length == 0 || length == 7 && line.regionMatches(true, from, "Unknown", 0, 7)
                || length == 4 && line.regionMatches(true, from, "None", 0, 4);
    }

    private LocalDateTime time(String column, int i) {
        int from = begin(i);
        try {
            if (finish(i) - from == 19 && sacctShape(line, from)) {
                return LocalDateTime.of(digits(from, 4), digits(from + 5, 2), digits(from + 8, 2),
                        digits(from + 11, 2), digits(from + 14, 2), digits(from + 17, 2));
            }
            return LocalDateTime.parse(value(i)).truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeException e) {
            throw new InvalidValueException(column, Message.of("forecasting.usage.badTime", value(i)));
        }
    }

    /** {@code yyyy-MM-ddTHH:mm:ss}, digits where digits go, whatever their values. */
    private static boolean sacctShape(String s, int at) {
        for (int k = 0; k < 19; k++) {
            char c = s.charAt(at + k);
            boolean fits = switch (k) {
                case 4, 7 -> c == '-';
                case 10 -> c == 'T';
                case 13, 16 -> c == ':';
                default -> c >= '0' && c <= '9';
            };
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    private int digits(int at, int count) {
        int n = 0;
        for (int k = at; k < at + count; k++) {
            n = n * 10 + line.charAt(k) - '0';
        }
        return n;
    }

    /**
     * {cards, cores} of an AllocTRES list ({@code billing=64,cpu=64,gres/gpu=8,mem=1T,node=1}): {@code gres/gpu},
     * or the sum of the typed {@code gres/gpu:h100=8} entries when the untyped total is absent; {@code cpu}.
     * Empty entries at the end are ignored (as splitting on commas drops them); any other entry without a name
     * and an {@code =} is refused.
     */
    static int[] tres(String value) {
        return tres(value, 0, value.length());
    }

    private static int[] tres(String s, int from, int to) {
        long gpus = -1;
        long typedGpus = 0;
        long cpus = 0;
        int at = from;
        while (at < to) {
            int comma = s.indexOf(',', at);
            if (comma < 0 || comma > to) {
                comma = to;
            }
            if (comma == at && onlyCommas(s, at, to)) {
                break;
            }
            int eq = s.indexOf('=', at);
            if (eq <= at || eq >= comma) {
                throw badTres(s, from, to);
            }
            int nameFrom = skipSpace(s, at, eq);
            int nameTo = trimSpace(s, nameFrom, eq);
            int countFrom = skipSpace(s, eq + 1, comma);
            int countTo = trimSpace(s, countFrom, comma);
            if (is(s, nameFrom, nameTo, "cpu")) {
                cpus = count(s, from, to, countFrom, countTo, MAX_CORES);
            } else if (is(s, nameFrom, nameTo, "gres/gpu")) {
                gpus = count(s, from, to, countFrom, countTo, MAX_CARDS);
            } else if (nameTo - nameFrom >= 9 && s.regionMatches(nameFrom, "gres/gpu:", 0, 9)) {
                typedGpus += count(s, from, to, countFrom, countTo, MAX_CARDS);
            }
            at = comma + 1;
        }
        long cards = gpus >= 0 ? gpus : typedGpus;
        if (cards > MAX_CARDS) {
            throw badTres(s, from, to);
        }
        return new int[] {(int) cards, (int) cpus};
    }

    private static boolean onlyCommas(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) != ',') {
                return false;
            }
        }
        return true;
    }

    private static int skipSpace(String s, int from, int to) {
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int trimSpace(String s, int from, int to) {
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    private static boolean is(String s, int from, int to, String name) {
        return to - from == name.length() && s.regionMatches(from, name, 0, name.length());
    }

    private static long count(String s, int tresFrom, int tresTo, int from, int to, long max) {
        try {
            long n = Long.parseLong(s, from, to, 10);
            if (n >= 0 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below, naming the whole list as the column shows it
        }
        throw badTres(s, tresFrom, tresTo);
    }

    private static InvalidValueException badTres(String s, int from, int to) {
        return new InvalidValueException(ALLOC_TRES, Message.of("forecasting.usage.badTres", s.substring(from, to)));
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
