package io.dcim.power.alarm;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * What an alarm says, or why it cleared, as a key of the power bundle and the values its pattern names: stored
 * so, it reads in whoever's language reads it. An argument may itself be a key (the unit "polls", a poll
 * outcome), marked by {@link #KEY}, worded in the same language.
 *
 * @param key  {@code power.alarm.text.*} or {@code power.alarm.clear.*}
 * @param args the values, already formatted where a format matters (one decimal for kW and °C)
 */
public record AlarmText(String key, List<String> args) implements Serializable {

    /** Marks an argument that is a key to word, not a value to show (no name begins with it). */
    static final char KEY = '§';
    /** Between arguments in the column that stores them; a bar or backslash inside one is escaped with a backslash. */
    private static final char SEPARATOR = '|';

    public AlarmText {
        args = args == null ? List.of() : List.copyOf(args);
    }

    static AlarmText of(String key, Object... args) {
        return new AlarmText(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** An argument that is worded, not shown as is. */
    static String word(String key) {
        return KEY + key;
    }

    String storedArgs() {
        if (args.isEmpty()) {
            return null;
        }
        StringBuilder column = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                column.append(SEPARATOR);
            }
            for (char c : args.get(i).toCharArray()) {
                if (c == SEPARATOR || c == '\\') {
                    column.append('\\');
                }
                column.append(c);
            }
        }
        return column.toString();
    }

    static List<String> storedArgs(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        List<String> args = new java.util.ArrayList<>();
        StringBuilder arg = new StringBuilder();
        for (int i = 0; i < column.length(); i++) {
            char c = column.charAt(i);
            if (c == '\\' && i + 1 < column.length()) {
                arg.append(column.charAt(++i));
            } else if (c == SEPARATOR) {
                args.add(arg.toString());
                arg.setLength(0);
            } else {
                arg.append(c);
            }
        }
        args.add(arg.toString());
        return List.copyOf(args);
    }
}
