package io.dcim.web.api;

import io.dcim.procurement.asset.AssetClass;
import io.dcim.procurement.asset.AssetFilter;
import io.dcim.procurement.export.DepreciationWorkbook;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.request.RequestFilter;
import io.dcim.procurement.request.RequestKind;
import io.dcim.procurement.request.RequestStatus;
import io.dcim.procurement.request.TimelineEntry;
import io.dcim.web.ProcurementServices;
import io.dcim.web.Services;
import io.dcim.web.auth.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Purchase requests and their decisions, fixed assets, their depreciation, and the
 * depreciation schedule as XLSX for finance.
 */
final class ProcurementApi {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ProcurementServices procurement;

    ProcurementApi(Services services) {
        this.procurement = services.procurement();
    }

    void register(List<Route> routes) {
        routes.add(Route.of("GET", "/purchase-requests", this::requests));
        routes.add(Route.of("GET", "/purchase-requests/{id}", r -> RequestView.of(procurement.requests().find(r.pathId("id")),
                procurement.requests().timeline(r.pathId("id")))));
        routes.add(Route.of("POST", "/purchase-requests/{id}/submit", r -> decide(r, "submit", Role.OPS, Role.MANAGER,
                Role.ADMIN)));
        routes.add(Route.of("POST", "/purchase-requests/{id}/approve", r -> decide(r, "approve", Role.MANAGER)));
        routes.add(Route.of("POST", "/purchase-requests/{id}/reject", r -> decide(r, "reject", Role.MANAGER)));
        routes.add(Route.of("POST", "/purchase-requests/{id}/return", r -> decide(r, "return", Role.MANAGER)));
        routes.add(Route.of("GET", "/assets", this::assets));
        routes.add(Route.of("GET", "/assets/{id}/depreciation", r -> procurement.assets().schedule(r.pathId("id")).periods()));
        routes.add(Route.of("GET", "/depreciation/schedule.xlsx", this::schedule));
    }

    private Object requests(ApiRequest r) {
        RequestStatus status = r.queryEnum("status", RequestStatus.class);
        String awaiting = "me".equalsIgnoreCase(r.query("awaiting")) ? r.principal().username() : null;
        RequestFilter filter = new RequestFilter(status == null ? null : Set.of(status), r.queryEnum("kind", RequestKind.class),
                r.query("requester"), r.queryLong("site"), r.query("q"), awaiting);
        return PageView.of(procurement.requests().page(filter, r.page("created")), Function.identity());
    }

    /** submit, approve, reject or return, against the version the caller read, with a comment. */
    private Object decide(ApiRequest r, String action, Role... roles) {
        r.requireAny(roles);
        long id = r.pathId("id");
        int version = r.requiredInt("version");
        String actor = r.principal().username();
        String comment = r.text("comment");
        PurchaseRequest after = switch (action) {
            case "submit" -> procurement.approvals().submit(id, version, actor, comment);
            case "approve" -> procurement.approvals().approve(id, version, actor, comment);
            case "reject" -> procurement.approvals().reject(id, version, actor, comment);
            default -> procurement.approvals().returnToRequester(id, version, actor, comment);
        };
        return RequestView.of(after, procurement.requests().timeline(id));
    }

    private Object assets(ApiRequest r) {
        AssetFilter filter = new AssetFilter(r.queryLong("site"), r.queryEnum("class", AssetClass.class), r.query("costCentre"),
                r.query("q"));
        return PageView.of(procurement.assets().page(filter, r.page("assetTag")), Function.identity());
    }

    /** Analysts and managers export the schedule; any month range, filtered by site and asset class. */
    private Object schedule(ApiRequest r) {
        r.requireAny(Role.ANALYST, Role.MANAGER, Role.ADMIN);
        YearMonth from = month(r, "from");
        YearMonth to = month(r, "to");
        if (to.isBefore(from)) {
            throw ApiException.badRequest("to", "is before from (" + from + ")");
        }
        AssetFilter filter = new AssetFilter(r.queryLong("site"), r.queryEnum("class", AssetClass.class), r.query("costCentre"),
                null);
        return new Route.Download(XLSX, "depreciation-" + from + "-to-" + to + ".xlsx", out -> {
            try (Stream<io.dcim.procurement.export.DetailRow> rows = procurement.assetQueries().detailRows(from, to, filter)) {
                new DepreciationWorkbook().write(rows, out, written -> { });
            }
        });
    }

    private static YearMonth month(ApiRequest r, String field) {
        String value = r.query(field);
        if (value == null) {
            throw ApiException.badRequest(field, "is required (YYYY-MM)");
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(field, "'" + value + "' is not a month; use YYYY-MM");
        }
    }

    record TimelineView(String action, RequestStatus from, RequestStatus to, String actor, Instant at, String comment) {
        static TimelineView of(TimelineEntry e) {
            return new TimelineView(e.getAction().name(), e.getFromStatus(), e.getToStatus(), e.getActor(), e.getOccurredAt(),
                    e.getComment());
        }
    }

    record RequestView(long id, int version, String title, String requester, RequestKind kind, RequestStatus status,
            Long siteId, BigDecimal netTotal, BigDecimal vatTotal, BigDecimal grossTotal, String currency,
            int approvalsRequired, List<TimelineView> timeline) {
        static RequestView of(PurchaseRequest p, List<TimelineEntry> timeline) {
            return new RequestView(p.getId(), p.getVersion(), p.getTitle(), p.getRequester(), p.getKind(), p.getStatus(),
                    p.getSiteId(), p.getNetTotal(), p.getVatTotal(), p.getGrossTotal(), p.getCurrency(), p.getApprovalsRequired(),
                    timeline.stream().map(TimelineView::of).toList());
        }
    }
}
