package io.dcim.procurement.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.paging.PageRequest;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.catalog.CatalogService;
import io.dcim.inventory.demo.DemoScale;
import io.dcim.inventory.demo.DemoSiteLoader;
import io.dcim.procurement.contract.ContractService;
import io.dcim.procurement.request.PurchaseRequestService;
import io.dcim.procurement.request.RequestAction;
import io.dcim.procurement.request.RequestFilter;
import io.dcim.procurement.request.RequestStatus;
import io.dcim.procurement.request.RequestSummary;
import io.dcim.procurement.request.TimelineEntry;
import io.dcim.testing.BothDatabases;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

class ProcurementDemoLoaderTest {

    private static final List<String> COUNTED = List.of("Supplier", "PurchaseRequest", "TimelineEntry", "PurchaseOrder",
            "GoodsReceipt", "FixedAsset", "ComputeContract", "Device", "Gpu");

    @BothDatabases
    void seedsThePublishedRecordOverTheDemoSiteOnceAndNotAgain(Database db) {
        new DemoSiteLoader(db, new CatalogService(db)).seedIfEmpty(DemoScale.SMALL);
        Map<String, Long> before = counts(db);
        ProcurementDemoLoader loader = new ProcurementDemoLoader(db);

        assertThat(loader.seedIfEmpty(DemoScale.SMALL)).isTrue();
        Map<String, Long> seeded = counts(db);
        assertThat(loader.seedIfEmpty(DemoScale.SMALL)).isFalse();

        assertThat(counts(db)).as("a second start changes nothing").isEqualTo(seeded);
        assertThat(seeded.get("Device")).as("deliveries are the site's existing devices").isEqualTo(before.get("Device"));
        assertThat(seeded.get("Gpu")).isEqualTo(before.get("Gpu"));
        assertThat(seeded.get("Supplier")).as("the suppliers as published").isEqualTo(15);
        assertThat(seeded.get("PurchaseRequest")).as("one per supplier of each line, the contract, one pending").isEqualTo(19);
        assertThat(seeded.get("ComputeContract")).isEqualTo(1);
        assertThat(seeded.get("FixedAsset")).isEqualTo(expectedAssets(db));
    }

    @BothDatabases
    void theRequestsAddUpToThePublishedAmountsWentThroughTheWorkflowAndDeliveredThirtyToSixtyDaysLater(Database db) {
        new DemoSiteLoader(db, new CatalogService(db)).seedIfEmpty(DemoScale.SMALL);
        new ProcurementDemoLoader(db).seedIfEmpty(DemoScale.SMALL);
        PurchaseRequestService requests = new PurchaseRequestService(db, Clock.systemUTC());

        List<RequestSummary> all = requests.page(RequestFilter.all(), new PageRequest(0, 100, "created", true)).items();
        BigDecimal published = PurchaseRecord.equipment().stream().map(PurchaseLot::grossAmount)
                .reduce(PurchaseRecord.COMPUTE_GROSS, BigDecimal::add);
        BigDecimal booked = all.stream().filter(r -> !r.title().contains("illustrative")).map(RequestSummary::grossTotal)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(booked.subtract(published).abs()).as("net prices to the fen leave a few CNY of rounding")
                .isLessThan(new BigDecimal("5.00"));
        assertThat(all).extracting(RequestSummary::status).contains(RequestStatus.CLOSED, RequestStatus.PARTIALLY_RECEIVED,
                RequestStatus.ORDERED, RequestStatus.SUBMITTED);
        assertThat(all).extracting(RequestSummary::requester).containsOnly(ProcurementDemoLoader.REQUESTER);

        RequestSummary twoManagers = all.stream().filter(r -> r.title().contains("Shandong Zhongchuang")).findFirst()
                .orElseThrow();
        assertThat(twoManagers.grossTotal()).isGreaterThan(new BigDecimal("5000000.00"));
        List<TimelineEntry> first = requests.timeline(twoManagers.id());
        assertThat(first).extracting(TimelineEntry::getAction).containsExactly(RequestAction.CREATE, RequestAction.SUBMIT,
                RequestAction.APPROVE, RequestAction.APPROVE, RequestAction.ORDER, RequestAction.RECEIVE,
                RequestAction.RECEIVE, RequestAction.CLOSE);
        assertThat(first).filteredOn(e -> e.getAction() == RequestAction.APPROVE).extracting(TimelineEntry::getActor)
                .containsExactly("demo-manager-1", "demo-manager-2");
        assertThat(new ContractService(db, Clock.systemUTC()).capacityAt(LocalDate.of(2024, 7, 1)).gpus()).isEqualTo(512);

        List<Object[]> dates = db.read(s -> s.createQuery("select a.inServiceDate, o.orderDate from FixedAsset a"
                + " join OrderLine l on l.id = a.orderLineId join l.order o", Object[].class).getResultList());
        assertThat(dates).isNotEmpty().allSatisfy(row -> assertThat(ChronoUnit.DAYS.between((LocalDate) row[1],
                (LocalDate) row[0])).as("days from order to in service").isBetween(30L, 60L));
    }

    @BothDatabases
    void withoutTheDemoSiteNothingIsSeeded(Database db) {
        assertThat(new ProcurementDemoLoader(db).seedIfEmpty(DemoScale.SMALL)).isFalse();
        assertThat(new ProcurementDemoLoader(db).seedIfEmpty(DemoScale.OFF)).isFalse();
        assertThat(counts(db).get("Supplier")).isZero();
    }

    /** Per model, the record's units or the site's, whichever is fewer. */
    private static long expectedAssets(Database db) {
        Map<String, Integer> bought = PurchaseRecord.equipment().stream()
                .collect(Collectors.groupingBy(PurchaseLot::model, Collectors.summingInt(PurchaseLot::quantity)));
        long expected = 0;
        for (Map.Entry<String, Integer> e : bought.entrySet()) {
            long atSite = db.read(s -> s.createQuery("select count(d) from Device d where d.model.model = :m", Long.class)
                    .setParameter("m", e.getKey()).getSingleResult());
            expected += Math.min(e.getValue(), atSite);
        }
        return expected;
    }

    private static Map<String, Long> counts(Database db) {
        return COUNTED.stream().collect(Collectors.toMap(e -> e, e -> db.read(s -> s.createQuery(
                "select count(x) from " + e + " x", Long.class).getSingleResult())));
    }
}
