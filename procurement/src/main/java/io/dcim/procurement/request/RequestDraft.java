package io.dcim.procurement.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The content of a request as the requester writes it. Site and cabinets are inventory ids;
 * cabinets are optional and must belong to the site. Currency null means CNY (the only one).
 */
public record RequestDraft(String title, String justification, RequestKind kind, Long siteId, Set<Long> cabinetIds,
                           String costCentre, Long preferredSupplierId, LocalDate expectedDelivery, String currency,
                           List<LineInput> lines) {

    public static RequestDraft equipment(String title, String justification, long siteId, List<LineInput> lines) {
        return new RequestDraft(title, justification, RequestKind.EQUIPMENT, siteId, Set.of(), null, null, null, null, lines);
    }

    public static RequestDraft outsourced(String title, String justification, List<LineInput> lines) {
        return new RequestDraft(title, justification, RequestKind.OUTSOURCED_COMPUTE, null, Set.of(), null, null, null, null,
                lines);
    }

    public RequestDraft withLines(List<LineInput> newLines) {
        return new RequestDraft(title, justification, kind, siteId, cabinetIds, costCentre, preferredSupplierId,
                expectedDelivery, currency, newLines);
    }

    public RequestDraft withCabinets(Set<Long> ids) {
        return new RequestDraft(title, justification, kind, siteId, ids, costCentre, preferredSupplierId, expectedDelivery,
                currency, lines);
    }

    public RequestDraft withDelivery(LocalDate date, String centre, Long supplierId) {
        return new RequestDraft(title, justification, kind, siteId, cabinetIds, centre, supplierId, date, currency, lines);
    }

    public RequestDraft withCurrency(String code) {
        return new RequestDraft(title, justification, kind, siteId, cabinetIds, costCentre, preferredSupplierId,
                expectedDelivery, code, lines);
    }
}
