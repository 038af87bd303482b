package io.dcim.forecasting.capacity;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.procurement.request.LineInput;
import io.dcim.procurement.request.PurchaseRequest;
import io.dcim.procurement.request.PurchaseRequestService;
import io.dcim.procurement.request.RequestDraft;
import java.math.BigDecimal;
import java.util.List;

/** Turns a server recommendation into a DRAFT equipment request in procurement, for the requester to check and submit. */
public final class PurchaseDrafts {

    /** Servers are equipment: 13% VAT in China. */
    static final BigDecimal EQUIPMENT_VAT = new BigDecimal("0.13");

    private final PurchaseRequestService requests;

    public PurchaseDrafts(PurchaseRequestService requests) {
        this.requests = requests;
    }

    /**
     * @throws InvalidValueException naming {@code recommendation} for a cabinets-only recommendation: cabinet
     *         leases are signed with the IDC, not bought through a purchase request
     */
    public PurchaseRequest draftFor(Recommendation r, String requester) {
        if (r == null) {
            throw new InvalidValueException("recommendation", Message.of("common.field.required"));
        }
        if (r.kind() != Recommendation.Kind.SERVERS) {
            throw new InvalidValueException("recommendation", Message.of("forecasting.capacity.onlyServers",
                    r.cabinetsToLease()));
        }
        String title = r.servers() + " × " + r.deviceModelName() + " needed by " + r.needDate();
        String justification = String.format("Capacity plan: %s demand exceeds usable capacity from %s. Order by %s"
                        + " (lead time %d days)%s. %d GPUs added; cabinets: %d free, %d to lease. Capex %s CNY,"
                        + " depreciation %s, lease %s, electricity %s and revenue %s CNY a month; break-even month %s.",
                r.resource().id(), r.needDate(), r.orderBy(), r.leadTimeDays(), r.late() ? ", already late" : "",
                r.added(), r.cabinetsFromFree(), r.cabinetsToLease(), r.costs().capex().toPlainString(),
                r.costs().monthlyDepreciation().toPlainString(), r.costs().monthlyLease().toPlainString(),
                r.costs().monthlyElectricity().toPlainString(), r.costs().monthlyRevenue().toPlainString(),
                r.costs().breakEvenMonth() == null ? "never" : r.costs().breakEvenMonth().toString());
        RequestDraft draft = RequestDraft.equipment(title, justification, r.siteId(),
                        List.of(LineInput.equipment(r.deviceModelId(), r.servers(), r.unitPrice(), EQUIPMENT_VAT)))
                .withDelivery(r.needDate(), null, r.supplierId());
        return requests.create(requester, draft);
    }
}
