package io.dcim.power.snmp;

import java.util.Arrays;

/**
 * An SNMP object identifier as dcim's own value, so profiles, results and their readers do not depend on the
 * SNMP library (SNMP4J's {@code OID} stays inside this package's poller). Sub-identifiers are unsigned 32-bit
 * numbers; ordering is SNMP's lexicographic order, a prefix before what extends it, as agents walk.
 */
public final class Oid implements Comparable<Oid> {

    private static final long MAX_SUB_ID = 0xFFFF_FFFFL;

    private final int[] ids;
    private final int hash;

    private Oid(int[] ids) {
        this.ids = ids;
        this.hash = Arrays.hashCode(ids);
    }

    /** {@code 1.3.6.1.2.1.1.5.0}, with or without a leading dot. */
    public static Oid parse(String dotted) {
        if (dotted == null) {
            throw new IllegalArgumentException("an OID is required");
        }
        String s = dotted.startsWith(".") ? dotted.substring(1) : dotted;
        String[] parts = s.split("\\.", -1);
        int[] ids = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            ids[i] = subId(parts[i], dotted);
        }
        return new Oid(ids);
    }

    /** From sub-identifiers as SNMP libraries keep them (ints read as unsigned). */
    public static Oid of(int... ids) {
        return new Oid(ids.clone());
    }

    public int size() {
        return ids.length;
    }

    /** The sub-identifier at {@code index}, as an unsigned number. */
    public long get(int index) {
        return ids[index] & MAX_SUB_ID;
    }

    /** A copy of the sub-identifiers, each an unsigned 32-bit number in an int. */
    public int[] ids() {
        return ids.clone();
    }

    public boolean startsWith(Oid prefix) {
        if (prefix.ids.length > ids.length) {
            return false;
        }
        return Arrays.equals(ids, 0, prefix.ids.length, prefix.ids, 0, prefix.ids.length);
    }

    public Oid append(Oid suffix) {
        int[] joined = Arrays.copyOf(ids, ids.length + suffix.ids.length);
        System.arraycopy(suffix.ids, 0, joined, ids.length, suffix.ids.length);
        return new Oid(joined);
    }

    public Oid append(int subId) {
        int[] joined = Arrays.copyOf(ids, ids.length + 1);
        joined[ids.length] = subId;
        return new Oid(joined);
    }

    /** What follows {@code prefix} in this OID: a table row's index after its column. */
    public Oid suffixAfter(Oid prefix) {
        if (!startsWith(prefix)) {
            throw new IllegalArgumentException(this + " does not start with " + prefix);
        }
        return new Oid(Arrays.copyOfRange(ids, prefix.ids.length, ids.length));
    }

    /**
     * The first OID after this one's whole subtree (the last sub-identifier plus one), so
     * {@code [column, column.nextPeer())} holds exactly the column's rows.
     */
    public Oid nextPeer() {
        int[] next = ids.clone();
        next[next.length - 1]++;
        return new Oid(next);
    }

    @Override
    public int compareTo(Oid other) {
        int common = Math.min(ids.length, other.ids.length);
        for (int i = 0; i < common; i++) {
            int c = Integer.compareUnsigned(ids[i], other.ids[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(ids.length, other.ids.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Oid other && hash == other.hash && Arrays.equals(ids, other.ids);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /** Dotted, without a leading dot. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(ids.length * 3);
        for (int i = 0; i < ids.length; i++) {
            if (i > 0) {
                b.append('.');
            }
            b.append(ids[i] & MAX_SUB_ID);
        }
        return b.toString();
    }

    private static int subId(String part, String whole) {
        if (part.isEmpty() || part.length() > 10 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("'" + whole + "' is not a dotted OID");
        }
        long value = Long.parseLong(part);
        if (value > MAX_SUB_ID) {
            throw new IllegalArgumentException("'" + whole + "' has a sub-identifier above 4294967295");
        }
        return (int) value;
    }
}
