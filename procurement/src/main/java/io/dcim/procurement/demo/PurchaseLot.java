package io.dcim.procurement.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of the published purchase record (DOMAIN.md), as the demo books it.
 *
 * @param date        the published date: the order date
 * @param suppliers   the suppliers as published; the quantity is split evenly between them, one request each
 * @param item        what was bought, as published
 * @param model       the catalog device model it is booked as ({@code null} for outsourced compute)
 * @param quantity    units bought in all (published, or estimated: see {@code note})
 * @param grossAmount the published amount in CNY including VAT ("≤ X" taken as X)
 * @param note        how unpublished figures were estimated, shown in the requests' justification
 */
record PurchaseLot(LocalDate date, List<String> suppliers, String item, String model, int quantity, BigDecimal grossAmount,
                   String note) {

    /** Amounts are published in units of 10,000 CNY. */
    static BigDecimal tenThousands(String amount) {
        return new BigDecimal(amount).multiply(BigDecimal.valueOf(10_000)).setScale(2);
    }
}
