package io.dcim.console.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.app.Services;
import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.console.capacity.CapacityPage;
import io.dcim.console.capacity.CapacityResourcePage;
import io.dcim.console.capacity.PipelinePage;
import io.dcim.console.capacity.ScenariosPage;
import io.dcim.console.capacity.TrainingCalculatorPage;
import io.dcim.console.power.AlarmsPage;
import io.dcim.console.power.SitePowerPage;
import io.dcim.console.power.SnmpProfilesPage;
import io.dcim.console.power.SnmpTargetPage;
import io.dcim.console.power.SnmpTargetsPage;
import io.dcim.console.power.ThresholdsPage;
import io.dcim.console.transfer.ImportPage;
import io.dcim.identity.role.Role;
import io.dcim.power.demo.DemoOptions;
import io.dcim.procurement.asset.AssetFilter;
import io.dcim.procurement.order.PurchaseOrder;
import io.dcim.testing.BothDatabases;
import io.dcim.web.LivePower;
import io.dcim.web.WebTesting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.wicket.Page;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * Every page of power, purchases and assets, capacity and import renders in English for a session that asks for
 * nothing and in Simplified Chinese for a Chinese one, each with its own heading and none of the other
 * language's: the English page keeps the words the other tests read, the Chinese page has no English left in
 * its headings, labels and column heads.
 */
class BilingualPagesTest {

    /**
     * Markup text a translator would have missed: text between tags with no Chinese in it and a lower-case English
     * word of four letters or more (acronyms such as SNMP, XLSX, PUE and units are the same in both languages).
     */
    private static final Pattern TEXT = Pattern.compile(">([^<>]+)<");
    private static final Pattern ENGLISH_WORD = Pattern.compile("\\b[a-z]{4,}\\b");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    @BothDatabases
    void everyPageReadsInEnglishByDefaultAndInChineseForAChineseSession(Database db) throws Exception {
        Services services = OrderPagesTest.seeded(db);
        try (LivePower live = LivePower.start(services, db, DemoOptions.DEFAULT.withoutHistory())) {
            long site = services.sites().sites().get(0).getId();
            PurchaseOrder order = OrderPagesTest.ordered(services, 1, "1850000.00");
            long asset = services.procurement().assets().page(new AssetFilter(null, null, null, null),
                    PageRequest.first(1, "assetTag")).items().get(0).id();
            List<Shown> pages = List.of(
                    new Shown(AlarmsPage.class, new PageParameters(), "Alarms", "告警"),
                    new Shown(SitePowerPage.class, new PageParameters().set("site", site), "Power", "电力"),
                    new Shown(SnmpTargetsPage.class, new PageParameters(), "SNMP targets", "SNMP 采集目标"),
                    new Shown(SnmpProfilesPage.class, new PageParameters(), "SNMP device profiles", "SNMP 设备配置文件"),
                    new Shown(SnmpTargetPage.class, new PageParameters(), "Add an SNMP target", "添加 SNMP 采集目标"),
                    new Shown(ThresholdsPage.class, new PageParameters().set("site", site), "Alarm levels", "告警阈值"),
                    new Shown(PurchaseListPage.class, new PageParameters(), "Purchase requests", "采购申请"),
                    new Shown(NewPurchaseRequestPage.class, new PageParameters(), "New purchase request", "新建采购申请"),
                    new Shown(PurchaseRequestPage.class, new PageParameters().set("id", order.getRequest().getId()),
                            "Requested by", "申请人"),
                    new Shown(OrderPage.class, new PageParameters().set("id", order.getId()),
                            "Order " + order.getOrderNumber(), "订单 " + order.getOrderNumber()),
                    new Shown(ReceivingPage.class, new PageParameters().set("order", order.getId()),
                            "Receive against order", "到货登记"),
                    new Shown(AssetListPage.class, new PageParameters(), "Fixed assets", "固定资产"),
                    new Shown(AssetPage.class, new PageParameters().set("id", asset), "Net book value", "账面净值"),
                    new Shown(ExpiringPage.class, new PageParameters(), "Warranty and support ending soon",
                            "即将到期的保修与维保"),
                    new Shown(ExportPage.class, new PageParameters(), "Exports", "导出"),
                    new Shown(SupplierListPage.class, new PageParameters(), "Suppliers", "供应商"),
                    new Shown(CapacityPage.class, new PageParameters().set("site", site), "Capacity plan", "容量规划"),
                    new Shown(CapacityResourcePage.class, new PageParameters().set("site", site).set("resource", "gpu"),
                            "Month by month", "逐月明细"),
                    new Shown(PipelinePage.class, new PageParameters(), "Demand pipeline", "需求储备"),
                    new Shown(ScenariosPage.class, new PageParameters(), "Capacity scenarios", "容量情景"),
                    new Shown(TrainingCalculatorPage.class, new PageParameters(), "Training-job calculator", "训练任务计算器"),
                    new Shown(ImportPage.class, new PageParameters(), "Import devices", "导入设备"));
            // What the fixture and the demo wrote: shown as stored, in whatever language it was written.
            List<String> data = new ArrayList<>(List.of(order.getRequest().getTitle(),
                    order.getRequest().getJustification(), order.getSupplier().getName()));
            services.sites().sites().forEach(s -> data.add(s.getName()));
            services.catalog().deviceModels().forEach(m -> data.add(m.getModel()));
            try (var tester = WebTesting.signedIn(services, Role.values())) {
                List<String> leftInEnglish = new ArrayList<>();
                for (Shown shown : pages) {
                    tester.getSession().setLocale(Locale.ENGLISH);
                    tester.startPage(shown.page(), shown.parameters());
                    tester.assertRenderedPage(shown.page());
                    assertThat(tester.getLastResponseAsString()).as("%s in English", shown.page().getSimpleName())
                            .contains(shown.english()).doesNotContain(shown.chinese());

                    tester.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
                    tester.startPage(shown.page(), shown.parameters());
                    tester.assertRenderedPage(shown.page());
                    String chinese = tester.getLastResponseAsString();
                    assertThat(chinese).as("%s in Chinese", shown.page().getSimpleName()).contains(shown.chinese());
                    leftInEnglish.addAll(englishIn(shown.page(), mainContent(chinese), data));
                }
                assertThat(leftInEnglish).as("English text left on the Chinese pages").isEmpty();
            }
        }
    }

    /** The page's own part: the header and navigation belong to the frame, translated with it. */
    private static String mainContent(String html) {
        int start = html.indexOf("<main");
        int end = html.lastIndexOf("</main>");
        return start < 0 || end < start ? html : html.substring(start, end);
    }

    /**
     * Text between tags that is still English, leaving out what is data rather than wording: names, titles and
     * serials the database holds read the same in every language ({@code data}), and so do the table cells, choices
     * and links that show them (a list of demo requests is English data); scripts and code samples. Left
     * out too: the chart panel's caption (the console frame's, translated with it). A plan's notes are worded in
     * the session's language and are read like any other text.
     */
    private static List<String> englishIn(Class<? extends Page> page, String html, List<String> data) {
        List<String> found = new ArrayList<>();
        String wording = html.replaceAll("(?s)<script.*?</script>", "").replaceAll("(?s)<code>.*?</code>", "")
                .replaceAll("(?s)<figcaption class=\"muted\">.*?</figcaption>", "")
                .replaceAll("(?s)<td[^>]*>.*?</td>", "").replaceAll("(?s)<option[^>]*>.*?</option>", "")
                .replaceAll("(?s)<a [^>]*>.*?</a>", "");
        Matcher m = TEXT.matcher(wording);
        while (m.find()) {
            String text = m.group(1).trim();
            if (!CHINESE.matcher(text).find() && ENGLISH_WORD.matcher(text).find()
                    && data.stream().noneMatch(text::contains)) {
                found.add(page.getSimpleName() + ": " + text);
            }
        }
        return found;
    }

    private record Shown(Class<? extends Page> page, PageParameters parameters, String english, String chinese) {
    }
}
