package io.dcim.console.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The stylesheet colours a feedback message by its Wicket level (the feedbackPanelLEVEL class
 * every feedback panel writes), never all of a panel's messages alike.
 */
class FeedbackStylesTest {

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)\\}");
    private static final Pattern LEVEL = Pattern.compile("feedbackPanel(ERROR|FATAL|WARNING|SUCCESS|INFO|DEBUG)");

    private static Map<String, String> colourBySelector() throws Exception {
        String css;
        try (InputStream in = BasePage.class.getResourceAsStream("dcim.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        Map<String, String> colours = new LinkedHashMap<>();
        Matcher rule = RULE.matcher(css);
        while (rule.find()) {
            Matcher colour = Pattern.compile("(?:^|;)\\s*color\\s*:\\s*([^;]+)").matcher(rule.group(2));
            if (colour.find()) {
                for (String selector : rule.group(1).split(",")) {
                    colours.put(selector.trim(), colour.group(1).trim());
                }
            }
        }
        return colours;
    }

    @Test
    void eachFeedbackLevelHasItsOwnColourAndSuccessIsNotTheErrorColour() throws Exception {
        Map<String, String> colours = colourBySelector();
        assertThat(colours.keySet()).as("no rule colours feedback whatever its level")
                .filteredOn(s -> s.contains("feedback") && !LEVEL.matcher(s).find()).isEmpty();
        assertThat(colours).containsEntry(".feedbackPanelERROR", "var(--crit)")
                .containsEntry(".feedbackPanelSUCCESS", "var(--ok)");
        assertThat(colours.get(".feedbackPanelINFO")).isNotEqualTo("var(--crit)");
        assertThat(colours.get(".feedbackPanelWARNING")).isNotEqualTo("var(--crit)");
    }
}
