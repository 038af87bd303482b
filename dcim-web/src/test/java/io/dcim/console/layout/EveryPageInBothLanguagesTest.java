package io.dcim.console.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import io.dcim.app.Services;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.console.auth.DcimSession;
import io.dcim.console.auth.SignInPage;
import io.dcim.identity.role.Role;
import io.dcim.inventory.cabinet.CabinetFilter;
import io.dcim.inventory.cabinet.CabinetSummary;
import io.dcim.inventory.device.DeviceFilter;
import io.dcim.testing.SharedDatabases;
import io.dcim.web.WebTesting;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
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
 * site's (see {@link #parameters}); a new page that needs one fails here until it is given one.
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
        io.dcim.power.PowerModule power = io.dcim.power.PowerModule.start(db, java.time.Clock.systemUTC(),
                io.dcim.power.PowerModule.Config.defaults(io.dcim.power.secret.CredentialCipher.fromBase64Key(
                        io.dcim.power.secret.CredentialCipher.generateBase64Key())));
        services.attachPower(power);
        Map<Class<? extends Page>, PageParameters> parameters = parameters(services);
        WicketTester tester = WebTesting.signedIn(services, Role.ADMIN, Role.OPS, Role.MANAGER, Role.ANALYST);
        List<String> failures = new ArrayList<>();
        try {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                DcimSession.get().setLocale(locale);
                for (Class<? extends Page> page : pages) {
                    if (page == SignInPage.class) {
                        continue; // shown to people not signed in: LanguageTest covers it in both languages
                    }
                    render(tester, page, parameters.getOrDefault(page, new PageParameters()), locale, failures);
                }
            }
        } finally {
            tester.destroy();
            power.close();
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

    /** The demo objects the pages that show one are opened with. */
    private static Map<Class<? extends Page>, PageParameters> parameters(Services services) {
        Map<Class<? extends Page>, PageParameters> pages = new HashMap<>();
        CabinetSummary cabinet = services.cabinetQueries().page(CabinetFilter.ofSite(null), PageRequest.first(1, "name"))
                .items().get(0);
        long device = services.deviceQueries().page(DeviceFilter.inCabinet(cabinet.id()), PageRequest.first(1, "position"))
                .items().get(0).id();
        long site = services.sites().sites().get(0).getId();
        pages.put(io.dcim.console.cabinet.CabinetPage.class, new PageParameters().set("id", cabinet.id()));
        pages.put(io.dcim.console.room.RoomPage.class, new PageParameters().set("id", cabinet.roomId()));
        pages.put(io.dcim.console.device.DevicePage.class, new PageParameters().set("id", device));
        pages.put(io.dcim.console.device.DeviceEditPage.class, new PageParameters().set("id", device));
        pages.put(io.dcim.console.cabinet.CabinetEditPage.class, new PageParameters().set("id", cabinet.id()));
        pages.put(io.dcim.console.site.RoomEditPage.class, new PageParameters().set("id", cabinet.roomId()));
        pages.put(io.dcim.console.site.RowEditPage.class, new PageParameters().set("id", cabinet.rowId()));
        pages.put(io.dcim.console.search.SearchPage.class, new PageParameters().set("q", "A0"));
        pages.put(io.dcim.console.power.SnmpTargetsPage.class, new PageParameters().set("role", "pdu"));
        pages.put(io.dcim.console.energy.EnergyReportPage.class, new PageParameters().set("site", site).set("year", 2025));
        pages.put(io.dcim.console.energy.SupplyContractsPage.class, new PageParameters().set("site", site));
        pages.put(io.dcim.console.chain.CabinetSuppliesPage.class, new PageParameters().set("cabinet", cabinet.id()));
        pages.put(io.dcim.console.energy.SupplyContractEditPage.class, new PageParameters().set("site", site));
        pages.put(io.dcim.console.purchase.PurchaseRequestPage.class, new PageParameters().set("id",
                services.procurement().requests().page(io.dcim.procurement.request.RequestFilter.all(),
                        PageRequest.first(1, "created")).items().get(0).id()));
        pages.put(io.dcim.console.purchase.AssetPage.class, new PageParameters().set("id", services.procurement().assets()
                .page(io.dcim.procurement.asset.AssetFilter.all(), PageRequest.first(1, "assetTag")).items().get(0).id()));
        new io.dcim.forecasting.history.HistoryDemo(services.forecasting().history()).backfill(site, 24);
        pages.put(io.dcim.console.capacity.CapacityPage.class, new PageParameters().set("site", site));
        pages.put(io.dcim.console.capacity.CapacityResourcePage.class, new PageParameters().set("site", site)
                .set("resource", "power"));
        var scenarios = services.forecasting().scenarios();
        long base = scenarios.save("base", site, io.dcim.forecasting.history.Resource.GPU,
                io.dcim.forecasting.capacity.PlanAssumptions.defaults(), "test").getId();
        long cautious = scenarios.save("cautious", site, io.dcim.forecasting.history.Resource.GPU,
                io.dcim.forecasting.capacity.PlanAssumptions.defaults().withHeadroom(0.3), "test").getId();
        pages.put(io.dcim.console.capacity.ScenariosPage.class, new PageParameters().set("left", base).set("right", cautious));
        long order = io.dcim.console.purchase.OrderPagesTest.ordered(services, 1, "1000.00").getId();
        pages.put(io.dcim.console.purchase.OrderPage.class, new PageParameters().set("id", order));
        pages.put(io.dcim.console.purchase.ReceivingPage.class, new PageParameters().set("order", order));
        // a trace starts from a port or a cable; without one it sends the reader to the cable list
        pages.put(io.dcim.console.cabling.TracePage.class, new PageParameters().set("cable", services.cabling().cables()
                .page(io.dcim.common.access.Caller.system("test"), io.dcim.inventory.cable.CableFilter.all(),
                        PageRequest.first(1, "label")).items().get(0).id()));
        return pages;
    }
}
