package io.dcim.console.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import io.dcim.app.Services;
import io.dcim.common.persistence.Database;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.auth.SignInPage;
import io.dcim.identity.role.Role;
import io.dcim.testing.SharedDatabases;
import io.dcim.web.WebTesting;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.wicket.Page;
import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.tester.WicketTester;
import org.junit.jupiter.api.Test;

/**
 * Every page of the console, found by scanning {@code io.dcim.console} for pages (not from a list someone must
 * keep), renders for an administrator in English and in Simplified Chinese. In Chinese, no text of the frame
 * and none of the page's own bundle is left in English. Pages that need an object to show get one of the demo
 * site's (see {@link DemoPageParameters}); a new page that needs one fails here until it is given one.
 */
class EveryPageInBothLanguagesTest {

    /** An English word of three letters or more: text a Chinese page should not show as it is. */
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{3,}");

    @Test
    void everyPageRendersInEnglishAndInChineseWithNoEnglishLeftInTheFrameOrItsOwnTexts() throws Exception {
        List<Class<? extends Page>> pages = consolePages();
        assertThat(pages).as("pages found by scanning io.dcim.console").hasSizeGreaterThan(30);
        // The test JVM's H2 database, emptied: the demo is then copied back rather than seeded anew.
        Database db = SharedDatabases.emptyH2().database();
        Services services = WebTesting.demoSiteWithPurchases(db);
        Map<Class<? extends Page>, PageParameters> parameters = DemoPageParameters.of(services);
        List<String> failures = new ArrayList<>();
        try (var power = WebTesting.attachPower(services, db);
             var tester = WebTesting.signedIn(services, Role.ADMIN, Role.OPS, Role.MANAGER, Role.ANALYST)) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                DcimSession.get().setLocale(locale);
                for (Class<? extends Page> page : pages) {
                    if (page == SignInPage.class) {
                        continue; // shown to people not signed in: LanguageTest covers it in both languages
                    }
                    render(tester, page, parameters.getOrDefault(page, new PageParameters()), locale, failures);
                }
            }
        }
        assertThat(failures).as("pages that did not render, or left English in Chinese").isEmpty();
    }

    private static void render(WicketTester tester, Class<? extends Page> page, PageParameters parameters, Locale locale,
                               List<String> failures) {
        String name = page.getSimpleName() + " in " + locale;
        try {
            tester.startPage(page, parameters);
        } catch (RuntimeException e) {
            failures.add(name + " failed: " + e);
            return;
        }
        if (tester.getLastRenderedPage() == null || tester.getLastRenderedPage().getClass() != page) {
            failures.add(name + " rendered " + (tester.getLastRenderedPage() == null ? "nothing"
                    : tester.getLastRenderedPage().getClass().getSimpleName()));
            return;
        }
        String html = tester.getLastResponseAsString();
        String lang = locale.equals(Locale.ENGLISH) ? "en" : "zh-CN";
        if (!html.contains("<html lang=\"" + lang + "\"")) {
            failures.add(name + " lacks <html lang=\"" + lang + "\">");
        }
        if (locale.equals(Locale.SIMPLIFIED_CHINESE)) {
            for (String english : englishTexts(page)) {
                if (Pattern.compile(">\\s*" + Pattern.quote(english) + "\\s*<").matcher(html).find()
                        || html.contains("placeholder=\"" + english + "\"")) {
                    failures.add(name + " still shows \"" + english + "\"");
                }
            }
        }
    }

    /**
     * The English texts the page's Chinese rendering must not show: those of the frame's bundle and of the page's
     * own bundle (and its superclasses'), where the Chinese bundle words them differently. Texts with variables are
     * left out (their figures make them differ anyway).
     */
    private static List<String> englishTexts(Class<?> page) {
        List<String> texts = new ArrayList<>();
        for (Class<?> type = page; type != null && type != WebPage.class; type = type.getSuperclass()) {
            Properties english = load(type, "");
            Properties chinese = load(type, "_zh_CN");
            if (english == null || chinese == null) {
                continue;
            }
            for (String key : english.stringPropertyNames()) {
                String value = english.getProperty(key).trim();
                if (!value.contains("${") && ENGLISH_WORD.matcher(value).find() && !value.equals(chinese.getProperty(key))) {
                    texts.add(value);
                }
            }
        }
        return texts;
    }

    private static Properties load(Class<?> type, String suffix) {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + suffix + ".properties")) {
            if (in == null) {
                return null;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every concrete page class of the console. */
    @SuppressWarnings("unchecked")
    static List<Class<? extends Page>> consolePages() throws ClassNotFoundException {
        List<Class<? extends Page>> pages = new ArrayList<>();
        // Wicket's own classes are not imported (ProductClasses): whether a class is a page is asked by reflection.
        for (JavaClass type : io.dcim.web.architecture.ProductClasses.get()) {
            if (!type.getPackageName().startsWith("io.dcim.console") || type.isAnonymousClass() || type.isLocalClass()) {
                continue;
            }
            Class<?> page = Class.forName(type.getName());
            if (WebPage.class.isAssignableFrom(page) && !Modifier.isAbstract(page.getModifiers())
                    && Modifier.isPublic(page.getModifiers())) {
                pages.add((Class<? extends Page>) page);
            }
        }
        pages.sort(java.util.Comparator.comparing(Class::getName));
        return pages;
    }
}
