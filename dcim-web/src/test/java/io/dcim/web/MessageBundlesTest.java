package io.dcim.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The refusal bundles of every module ({@code io/dcim/<module>/messages[_zh_CN].properties}) stay
 * complete and consistent while modules are converted one by one: whatever bundles exist are
 * checked, and every key the main sources pass to {@code Message.of("…")} must be in its bundle.
 * dcim-web's test class path sees every module, which is why the check lives here.
 */
class MessageBundlesTest {

    /** The key prefixes, which are also the bundles' packages ({@code io/dcim/<prefix>/}). */
    private static final List<String> MODULES = List.of("common", "identity", "inventory", "power", "procurement",
            "forecasting", "rest");

    /**
     * The Chinese bundle may name kinds of objects ({@code common.entity.Device}) that the English
     * one leaves out on purpose: in English a refusal names the object as the code that refuses
     * wrote it (the fallback of {@code Message.noun}).
     */
    private static final String NOUNS_ONLY_IN_OTHER_LANGUAGES = "common.entity.";

    /** An English word (three letters or more) outside placeholders: something a translator must translate. */
    private static final Pattern ENGLISH_WORD = Pattern.compile("[a-z]{3,}");

    private static final Pattern KEY_IN_SOURCE = Pattern.compile("Message\\.of\\(\\s*\"([^\"]+)\"");

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Test
    void everyChineseBundleHasExactlyTheEnglishKeys() {
        bundles().forEach((module, pair) -> {
            Set<String> english = new TreeSet<>(pair.english().stringPropertyNames());
            Set<String> chinese = new TreeSet<>(pair.chinese().stringPropertyNames());
            chinese.removeIf(key -> key.startsWith(NOUNS_ONLY_IN_OTHER_LANGUAGES) && !english.contains(key));
            assertThat(chinese).as("keys of io/dcim/%s/messages_zh_CN.properties", module)
                    .containsExactlyInAnyOrderElementsOf(english);
        });
    }

    @Test
    void everyPatternParsesWithTheSameArgumentsInBothLanguages() {
        bundles().forEach((module, pair) -> {
            for (String key : pair.english().stringPropertyNames()) {
                String english = pair.english().getProperty(key);
                String chinese = pair.chinese().getProperty(key);
                if (chinese == null) {
                    continue; // reported by the test of keys
                }
                assertThat(argumentIndexes(key, chinese, CHINESE)).as("arguments of %s in Chinese", key)
                        .isEqualTo(argumentIndexes(key, english, Locale.ROOT));
            }
        });
    }

    @Test
    void chineseSaysItInChineseWheneverThereIsAnythingToTranslate() {
        bundles().forEach((module, pair) -> {
            for (String key : pair.english().stringPropertyNames()) {
                String english = pair.english().getProperty(key);
                if (english.equals(pair.chinese().getProperty(key))) {
                    assertThat(ENGLISH_WORD.matcher(withoutPlaceholders(english)).find())
                            .as("%s is still English in Chinese: %s", key, english).isFalse();
                }
            }
        });
    }

    @Test
    void everyKeyTheSourcesUseIsInItsBundle() throws IOException {
        Map<String, Properties> english = new LinkedHashMap<>();
        bundles().forEach((module, pair) -> english.put(module, pair.english()));
        List<Path> sources = mainSources();
        assertThat(sources).as("main Java sources found beside dcim-web").isNotEmpty();
        List<String> missing = new ArrayList<>();
        int keys = 0;
        for (Path file : sources) {
            Matcher m = KEY_IN_SOURCE.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                keys++;
                String key = m.group(1);
                Properties bundle = english.get(key.substring(0, Math.max(key.indexOf('.'), 0)));
                if (bundle == null || !bundle.containsKey(key)) {
                    missing.add(key + " (" + file.getFileName() + ")");
                }
            }
        }
        assertThat(keys).as("message keys found in the sources").isPositive();
        assertThat(missing).as("keys used in the sources but missing from their bundle").isEmpty();
    }

    /** The indexes a pattern uses; a pattern that does not parse fails the test here. */
    private static Set<Integer> argumentIndexes(String key, String pattern, Locale locale) {
        try {
            new MessageFormat(pattern, locale);
        } catch (IllegalArgumentException e) {
            fail("%s does not parse as a MessageFormat in %s: %s (%s)", key, locale, pattern, e.getMessage());
        }
        Set<Integer> indexes = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\s*(\\d+)").matcher(withoutQuoted(pattern));
        while (m.find()) {
            indexes.add(Integer.valueOf(m.group(1)));
        }
        return indexes;
    }

    /** The pattern without its quoted literal text ({@code 'x'}) and escaped quotes ({@code ''}). */
    private static String withoutQuoted(String pattern) {
        return pattern.replace("''", "").replaceAll("'[^']*'", "");
    }

    private static String withoutPlaceholders(String pattern) {
        return withoutQuoted(pattern).replaceAll("\\{[^{}]*}", " ");
    }

    private record Pair(Properties english, Properties chinese) {
    }

    /** The modules' bundles that exist today; at least one must. */
    private static Map<String, Pair> bundles() {
        Map<String, Pair> found = new LinkedHashMap<>();
        for (String module : MODULES) {
            Properties english = load("io/dcim/" + module + "/messages.properties");
            Properties chinese = load("io/dcim/" + module + "/messages_zh_CN.properties");
            if (english == null && chinese == null) {
                continue;
            }
            assertThat(english).as("io/dcim/%s/messages.properties beside its Chinese bundle", module).isNotNull();
            assertThat(chinese).as("io/dcim/%s/messages_zh_CN.properties beside its English bundle", module).isNotNull();
            found.put(module, new Pair(english, chinese));
        }
        assertThat(found).as("message bundles on the class path").isNotEmpty();
        return found;
    }

    private static Properties load(String resource) {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every module's main sources, relative to dcim-web's directory (where the build runs the tests). */
    private static List<Path> mainSources() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            for (Path module : modules.toList()) {
                Path main = module.resolve("src/main/java");
                if (Files.isDirectory(main)) {
                    try (Stream<Path> walk = Files.walk(main)) {
                        walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
                    }
                }
            }
        }
        return files;
    }
}
