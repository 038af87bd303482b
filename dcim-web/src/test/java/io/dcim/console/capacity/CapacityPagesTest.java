package io.dcim.console.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.forecasting.demand.DemandFilter;
import io.dcim.forecasting.demand.DemandInput;
import io.dcim.forecasting.demand.DemandStage;
import io.dcim.forecasting.history.HistoryDemo;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.wicket.request.mapper.parameter.PageParameters;

class CapacityPagesTest {

    @BothDatabases
    void managersSeeWhenEachResourceRunsOutAndWhatToOrder(Database db) {
        Services services = demo(db);
        long site = services.sites().sites().get(0).getId();
        long tenant = services.tenants().tenants().get(0).getId();
        YearMonth start = YearMonth.now(ZoneOffset.UTC).plusMonths(4);
        services.forecasting().pipeline().create(DemandInput.gpus(tenant, site, 4096, start.atDay(1), 36, DemandStage.CONTRACTED));
        try (var tester = WebTesting.signedIn(services, Role.MANAGER)) {
            tester.startPage(CapacityPage.class, new PageParameters().set("site", site));
            tester.assertNoErrorMessage();
            // 4,096 contracted GPUs are more than the small demo site holds: GPUs run out by the entry's start.
            String exhaustion = tester.getComponentFromLastRenderedPage("resources:0:exhaustion").getDefaultModelObjectAsString();
            assertThat(YearMonth.from(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)
                    .parse(exhaustion))).isBeforeOrEqualTo(start);
            tester.assertLabel("resources:0:detail:name", "GPUs");
            assertThat(tester.getComponentFromLastRenderedPage("resources:0:buy").getDefaultModelObjectAsString()).matches("\\d+ servers.*");
            assertThat(tester.getLastResponseAsString()).contains("IT power").contains("Cabinets").contains("Rack units");

            tester.clickLink("resources:0:detail");
            tester.assertRenderedPage(CapacityResourcePage.class);
            tester.assertVisible("recommendations");
            assertThat(tester.getLastResponseAsString()).contains("Order by").contains("Break-even");
            tester.assertVisible("costChart");
            tester.assertVisible("backtestChart");
            WebTesting.assertSerializable(tester.getLastRenderedPage());

            tester.clickLink("forecastChart:png");
            byte[] png = tester.getLastResponse().getBinaryContent();
            assertThat(png).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            assertThat(png.length).isGreaterThan(10_000);
        }
    }

    @BothDatabases
    void managersSaveAndCompareScenariosAndDraftAPurchaseFromARecommendation(Database db) {
        Services services = demo(db);
        long site = services.sites().sites().get(0).getId();
        long tenant = services.tenants().tenants().get(0).getId();
        services.forecasting().pipeline().create(DemandInput.gpus(tenant, site, 4096,
                YearMonth.now(ZoneOffset.UTC).plusMonths(4).atDay(1), 36, DemandStage.CONTRACTED));
        try (var tester = WebTesting.signedIn(services, Role.MANAGER)) {
            tester.startPage(CapacityResourcePage.class, new PageParameters().set("site", site).set("resource", "gpu"));
            tester.fill("saveScenario", Map.of("name", "base")).submit();
            tester.assertRenderedPage(ScenariosPage.class);
            tester.startPage(CapacityResourcePage.class, new PageParameters().set("site", site).set("resource", "gpu")
                    .set("headroom", "30").set("price", "20"));
            tester.fill("saveScenario", Map.of("name", "cautious")).submit();
            var scenarios = services.forecasting().scenarios().page(null, PageRequest.first(10, "name")).items();
            assertThat(scenarios).extracting(s -> s.name()).containsExactly("base", "cautious");

            tester.startPage(ScenariosPage.class, new PageParameters().set("left", scenarios.get(0).id())
                    .set("right", scenarios.get(1).id()));
            tester.assertVisible("comparison");
            String page = tester.getLastResponseAsString();
            assertThat(page).contains("10%").contains("30%").contains("CNY 28.00").contains("CNY 20.00");
            WebTesting.assertSerializable(tester.getLastRenderedPage());

            // Opening a scenario plans with its assumptions: 30% headroom.
            tester.startPage(CapacityResourcePage.class, new PageParameters().set("scenario", scenarios.get(1).id()));
            assertThat(tester.getComponentFromLastRenderedPage("exhaustion").getDefaultModelObjectAsString()).contains("30% headroom");

            tester.newFormTester("recommendations:rows:0:draft:form").submit();
            tester.assertRenderedPage(io.dcim.console.purchase.PurchaseRequestPage.class);
            var drafts = services.procurement().requests().page(io.dcim.procurement.request.RequestFilter.all(),
                    PageRequest.first(100, "created")).items().stream()
                    .filter(r -> r.status() == io.dcim.procurement.request.RequestStatus.DRAFT).toList();
            assertThat(drafts).anySatisfy(r -> assertThat(r.title()).contains("needed by"));
        }
    }

    @BothDatabases
    void theUserPicksTheForecastMethodAndDownloadsTheChartAsSvg(Database db) {
        Services services = demo(db);
        long site = services.sites().sites().get(0).getId();
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(CapacityResourcePage.class, new PageParameters().set("site", site).set("resource", "power")
                    .set("method", "linear"));
            assertThat(tester.getLastResponseAsString()).contains("linear (as asked)");
            assertThat(tester.getLastResponseAsString()).as("the form shows the method asked for as chosen")
                    .containsPattern("<option selected=\"selected\" value=\"linear\">linear trend</option>");
            tester.clickLink("forecastChart:svg");
            String svg = new String(tester.getLastResponse().getBinaryContent(), StandardCharsets.UTF_8);
            assertThat(svg).contains("<svg").contains("IT power");
            assertThat(tester.getLastResponse().getHeader("Content-Disposition")).contains("capacity-power.svg");
        }
    }

    @BothDatabases
    void opsAddAndRemovePipelineEntriesWithRefusalsBesideTheField(Database db) {
        Services services = demo(db);
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            tester.startPage(PipelinePage.class, new PageParameters().set("gpus", "512").set("months", "3"));
            tester.fill("form", Map.of("quantity", "0")).select("tenantId", 0).select("siteId", 0).submit();
            assertThat(tester.getFeedbackMessages(new org.apache.wicket.feedback.ComponentFeedbackMessageFilter(
                    tester.getComponentFromLastRenderedPage("form:quantity")))).hasSize(1);
            assertThat(services.forecasting().pipeline().page(DemandFilter.all(), PageRequest.first(10, "start")).total()).isZero();

            tester.fill("form", Map.of("quantity", "512"))
                    .select("tenantId", 0).select("siteId", 0).select("stage", 1).submit();
            tester.assertNoErrorMessage();
            tester.assertRenderedPage(PipelinePage.class);
            var entries = services.forecasting().pipeline().page(DemandFilter.all(), PageRequest.first(10, "start")).items();
            assertThat(entries).singleElement().satisfies(e -> {
                assertThat(e.quantity()).isEqualTo(512);
                assertThat(e.durationMonths()).isEqualTo(3);
                assertThat(e.stage()).isEqualTo(DemandStage.COMMITTED);
            });
            assertThat(tester.getLastResponseAsString()).contains("committed").contains("75%");

            tester.newFormTester("pipeline:body:rows:1:cells:9:cell:remove:form").submit();
            assertThat(services.forecasting().pipeline().page(DemandFilter.all(), PageRequest.first(10, "start")).total()).isZero();
        }
    }

    @BothDatabases
    void aChineseSessionReadsThePlanNotesAndThePipelineRefusalInChinese(Database db) {
        Services services = demo(db);
        long site = services.sites().sites().get(0).getId();
        try (var tester = WebTesting.signedIn(services, Role.OPS)) {
            tester.startPage(CapacityResourcePage.class, new PageParameters().set("site", site).set("resource", "gpu"));
            assertThat(tester.getLastResponseAsString()).as("the notes in English by default")
                    .contains("organic use: ").contains("lead time ").doesNotContain("交货期");
            assertThat(tester.getLastResponseAsString()).containsAnyOf(" was chosen because", " was used because");

            tester.getSession().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
            tester.startPage(CapacityResourcePage.class, new PageParameters().set("site", site).set("resource", "gpu"));
            assertThat(tester.getLastResponseAsString()).contains("自然增长：").contains("交货期 ")
                    .doesNotContain("organic use: ").doesNotContain("lead time ");
            assertThat(tester.getLastResponseAsString()).as("why the forecaster chose its method, in Chinese too")
                    .containsAnyOf("选用 ", "使用 ").doesNotContain(" was chosen because").doesNotContain(" was used because");

            tester.startPage(CapacityPage.class, new PageParameters().set("site", site).set("method", "damped"));
            assertThat(tester.getComponentFromLastRenderedPage("resources:0:method").getDefaultModelObjectAsString())
                    .as("the method column names the method in Chinese, not by its identifier").isEqualTo("阻尼趋势");
            assertThat(tester.getLastResponseAsString()).as("the plan form's choice of method")
                    .contains(">自动（回测误差最小者）</option>").contains(">Holt-Winters 加法季节</option>")
                    .doesNotContain(">holt-winters-additive<").doesNotContain(">auto<");

            tester.startPage(PipelinePage.class, new PageParameters());
            tester.fill("form", Map.of("quantity", "512", "startDate", "2027/01/01"))
                    .select("tenantId", 0).select("siteId", 0).submit();
            WebTesting.assertOnlyError(tester).isEqualTo("“2027/01/01”不是有效的日期，请按 YYYY-MM-DD 格式填写");
            assertThat(services.forecasting().pipeline().page(DemandFilter.all(), PageRequest.first(10, "start")).total()).isZero();
        }
    }

    @BothDatabases
    void analystsReadThePipelineButCannotEditIt(Database db) {
        Services services = demo(db);
        try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
            tester.startPage(PipelinePage.class);
            tester.assertInvisible("form");
        }
    }

    private static Services demo(Database db) {
        Services services = WebTesting.demoSiteWithPurchases(db);
        new HistoryDemo(services.forecasting().history()).backfill(services.sites().sites().get(0).getId(), 24);
        return services;
    }
}
