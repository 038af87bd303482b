package io.dcim.console.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table of the console's markup wears a class the stylesheet draws ({@code table.grid} and its variants). Nine
 * tables on six power and energy pages wore {@code class="list"}, which no rule styles, and showed as bare text in
 * columns beside the other pages' ruled tables.
 */
class ConsoleTablesTest {

    private static final Path CONSOLE = Path.of("../dcim-console/src/main/java/io/dcim/console");
    private static final Pattern TABLE = Pattern.compile("<table\\b[^>]*>");
    private static final Pattern CLASS = Pattern.compile("class=\"([^\"]*)\"");

    @Test
    void everyTableWearsAClassTheStylesheetDraws() throws IOException {
        String css = Files.readString(CONSOLE.resolve("layout/dcim.css"));
        List<String> bare = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CONSOLE)) {
            for (Path html : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher table = TABLE.matcher(Files.readString(html));
                while (table.find()) {
                    Matcher classes = CLASS.matcher(table.group());
                    boolean drawn = classes.find() && Arrays.stream(classes.group(1).split("\\s+"))
                            .anyMatch(name -> Pattern.compile("table\\." + Pattern.quote(name) + "[\\s,{.:]").matcher(css).find());
                    if (!drawn) {
                        bare.add(CONSOLE.relativize(html) + ": " + table.group());
                    }
                }
            }
        }
        assertThat(bare).as("tables no rule of dcim.css draws").isEmpty();
    }
}
