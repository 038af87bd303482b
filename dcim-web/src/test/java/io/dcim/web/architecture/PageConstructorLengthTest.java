package io.dcim.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No console page's constructor is over {@value #MAX_LINES} lines (issue #11): a page that grows
 * past it hands a part to a panel of its own. Read from the console's sources (the compiled classes
 * do not say where a constructor ends), from its declaration to its closing brace, comments included.
 */
class PageConstructorLengthTest {

    static final int MAX_LINES = 60;
    private static final Path CONSOLE_SOURCES = Path.of("..", "dcim-console", "src", "main", "java");

    @Test
    void noPageConstructorIsOverSixtyLines() throws IOException {
        List<String> tooLong = new ArrayList<>();
        int constructors = 0;
        for (Path page : pages()) {
            String name = page.getFileName().toString().replace(".java", "");
            for (int lines : constructorLengths(name, Files.readString(page))) {
                constructors++;
                if (lines > MAX_LINES) {
                    tooLong.add(name + " (" + lines + " lines)");
                }
            }
        }
        assertThat(constructors).as("page constructors found under " + CONSOLE_SOURCES.toAbsolutePath()).isGreaterThan(50);
        assertThat(tooLong).as("page constructors over " + MAX_LINES + " lines").isEmpty();
    }

    @Test
    void theMeasureCountsFromTheDeclarationToItsOwnClosingBrace() {
        String source = """
                class DemoPage {
                    // DemoPage(a comment) { is not a constructor
                    DemoPage(String id) {
                        String brace = "}";
                        char other = '}';
                        if (id != null) {
                            run(() -> { });
                        }
                    }

                    public DemoPage() {
                        this(null);
                    }

                    void elsewhere() {
                        new DemoPage("{");
                    }
                }
                """;
        assertThat(constructorLengths("DemoPage", source)).containsExactly(7, 3);
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(CONSOLE_SOURCES)) {
            return files.filter(f -> f.getFileName().toString().endsWith("Page.java")).sorted().toList();
        }
    }

    /** The length in lines of each constructor of class {@code name} declared in {@code source}. */
    static List<Integer> constructorLengths(String name, String source) {
        String code = blankCommentsAndLiterals(source);
        Matcher declaration = Pattern.compile("(?m)^[ \\t]*(?:(?:public|protected|private)[ \\t]+)?"
                + Pattern.quote(name) + "[ \\t]*\\(").matcher(code);
        List<Integer> lengths = new ArrayList<>();
        while (declaration.find()) {
            int end = closingBrace(code, code.indexOf('{', declaration.end()));
            lengths.add((int) code.substring(declaration.start(), end).lines().count());
        }
        return lengths;
    }

    private static int closingBrace(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i + 1;
            }
        }
        throw new IllegalStateException("unbalanced braces after offset " + open);
    }

    /** Comments, strings, text blocks and characters turned to spaces (line breaks kept), so braces in them do not count. */
    private static String blankCommentsAndLiterals(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                end = source.indexOf("\"\"\"", i + 3) + 3;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                end = i + 1;
                while (source.charAt(end) != source.charAt(i)) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end++;
            } else {
                out.append(source.charAt(i++));
                continue;
            }
            for (int k = i; k < end; k++) {
                out.append(source.charAt(k) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return out.toString();
    }
}
