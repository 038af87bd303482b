package io.dcim.console.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The console's Wicket bundles ({@code Foo.properties} beside each page or panel): every English bundle has a
 * Simplified Chinese twin with exactly its keys and its variables, nothing left as a placeholder, nothing left in
 * English. Read as Wicket reads them (ISO-8859-1 with unicode escapes), from the console's sources beside dcim-web.
 */
class ConsoleBundlesTest {

    private static final Path CONSOLE = Path.of("..", "dcim-console", "src", "main", "java");


    private static final Pattern PLACEHOLDER = Pattern.compile("TODO|FIXME|XXX|TRANSLATE|\\?\\?\\?", Pattern.CASE_INSENSITIVE);
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}|\\{(\\d+)");
    private static final Pattern ENGLISH_WORD = Pattern.compile("[a-z]{3,}");

    @Test
    void everyEnglishBundleHasAChineseTwinWithTheSameKeysAndVariablesAndNothingLeftUntranslated() throws IOException {
        List<Path> english = englishBundles();
        assertThat(english).as("console bundles under %s", CONSOLE.toAbsolutePath()).hasSizeGreaterThan(20);
        List<String> problems = new ArrayList<>();
        for (Path file : english) {
            String name = CONSOLE.relativize(file).toString();
            Path twin = file.resolveSibling(file.getFileName().toString().replace(".properties", "_zh_CN.properties"));
            if (!Files.exists(twin)) {
                problems.add(name + " has no _zh_CN twin");
                continue;
            }
            Properties en = load(file);
            Properties zh = load(twin);
            if (!en.stringPropertyNames().equals(zh.stringPropertyNames())) {
                Set<String> missing = new TreeSet<>(en.stringPropertyNames());
                missing.removeAll(zh.stringPropertyNames());
                Set<String> extra = new TreeSet<>(zh.stringPropertyNames());
                extra.removeAll(en.stringPropertyNames());
                problems.add(name + ": Chinese lacks " + missing + ", has extra " + extra);
            }
            for (String key : en.stringPropertyNames()) {
                String e = en.getProperty(key);
                String z = zh.getProperty(key);
                if (z == null) {
                    continue;
                }
                if (PLACEHOLDER.matcher(e).find() || PLACEHOLDER.matcher(z).find() || z.isBlank()) {
                    problems.add(name + ": " + key + " is a placeholder");
                }
                if (!variables(e).equals(variables(z))) {
                    problems.add(name + ": " + key + " has variables " + variables(e) + " in English, " + variables(z)
                            + " in Chinese");
                }
                if (e.equals(z) && ENGLISH_WORD.matcher(VARIABLE.matcher(e).replaceAll(" ")).find()) {
                    problems.add(name + ": " + key + " is still English in Chinese: " + e);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void chineseBundlesAreWrittenAsWicketReadsThem() throws IOException {
        for (Path file : englishBundles()) {
            Path twin = file.resolveSibling(file.getFileName().toString().replace(".properties", "_zh_CN.properties"));
            for (Path bundle : Files.exists(twin) ? List.of(file, twin) : List.of(file)) {
                byte[] bytes = Files.readAllBytes(bundle);
                for (byte b : bytes) {
                    assertThat(b & 0xFF).as("%s is ASCII with \\u escapes (Wicket reads .properties as ISO-8859-1)",
                            CONSOLE.relativize(bundle)).isLessThan(0x80);
                }
            }
        }
    }

    private static Set<String> variables(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            found.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return found;
    }

    private static List<Path> englishBundles() throws IOException {
        try (Stream<Path> walk = Files.walk(CONSOLE)) {
            return walk.filter(p -> p.toString().endsWith(".properties") && !p.getFileName().toString().contains("_"))
                    .sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }
}
