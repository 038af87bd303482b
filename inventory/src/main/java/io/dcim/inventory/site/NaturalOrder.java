package io.dcim.inventory.site;

import java.util.Comparator;

/**
 * Names in the order people count: "Hall 2" before "Hall 10", "A9" before "A10". Runs of digits compare by
 * their number, everything else ignoring case; ties fall back to the plain text so the order is total.
 */
public final class NaturalOrder implements Comparator<String> {

    public static final NaturalOrder INSTANCE = new NaturalOrder();

    /** The longest number a key can hold (its length in two digits); names are far shorter. */
    static final int MAX_KEY_DIGITS = 99;

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byNumber = compareNumbers(a.substring(i, endA), b.substring(j, endB));
                if (byNumber != 0) {
                    return byNumber;
                }
                i = endA;
                j = endB;
            } else {
                int byChar = Character.compare(Character.toLowerCase(ca), Character.toLowerCase(cb));
                if (byChar != 0) {
                    return byChar;
                }
                i++;
                j++;
            }
        }
        int byLength = Integer.compare(a.length() - i, b.length() - j);
        return byLength != 0 ? byLength : a.compareTo(b);
    }

    /**
     * The name as a key that a database sorts by plain text in this same order (an ORDER BY cannot call a
     * comparator, and sorting a page in memory would sort only that page). Letters are lower-cased and every run
     * of digits, its leading zeros dropped, is written with its digit count first in two digits: "Hall 2" is
     * "hall 012" and "Hall 10" is "hall 0210", so a longer number sorts after a shorter one and numbers of one
     * length compare digit by digit, as {@link #compare} does. A digit or a length digit compares against any
     * other character the same way whichever digit it is, so the rest of the name keeps its order too. Names
     * that differ only in case or leading zeros get the same key; order by the name after it.
     */
    public static String sortKey(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder key = new StringBuilder(name.length() + 8);
        int i = 0;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (Character.isDigit(c)) {
                int end = digitsEnd(name, i);
                String number = name.substring(i, end).replaceFirst("^0+(?=.)", "");
                if (number.length() > MAX_KEY_DIGITS) {
                    throw new IllegalArgumentException("a name with a number of over " + MAX_KEY_DIGITS + " digits");
                }
                key.append((char) ('0' + number.length() / 10)).append((char) ('0' + number.length() % 10)).append(number);
                i = end;
            } else {
                key.append(Character.toLowerCase(c));
                i++;
            }
        }
        return key.toString();
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Any number of digits (no overflow): leading zeros dropped, then the longer is larger, then digit by digit. */
    private static int compareNumbers(String x, String y) {
        String a = x.replaceFirst("^0+(?=.)", "");
        String b = y.replaceFirst("^0+(?=.)", "");
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
}
