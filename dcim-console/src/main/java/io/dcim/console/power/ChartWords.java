package io.dcim.console.power;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of a chart (title, series, axes, markers) in the reader's language. Charts are drawn by resources,
 * not components, so Wicket's lookup through the component tree does not reach them: the chart class keeps its
 * texts in a bundle beside it ({@code PowerCharts.properties}, {@code PowerCharts_zh_CN.properties}) read here.
 * The JVM's default locale never decides, as with every other text.
 */
public final class ChartWords implements Serializable {

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String bundle;
    private final Locale locale;

    private ChartWords(String bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale == null ? Locale.ROOT : locale;
    }

    /** The words of the chart class {@code owner}, in {@code locale}. */
    public static ChartWords of(Class<?> owner, Locale locale) {
        return new ChartWords(owner.getName(), locale);
    }

    /** The text under {@code key}, its {@link MessageFormat} arguments filled in. */
    public String get(String key, Object... args) {
        String pattern = ResourceBundle.getBundle(bundle, locale, ChartWords.class.getClassLoader(), NO_DEFAULT_LOCALE)
                .getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public Locale locale() {
        return locale;
    }
}
