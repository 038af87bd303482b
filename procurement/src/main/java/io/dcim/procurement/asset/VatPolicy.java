package io.dcim.procurement.asset;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.procurement.request.Cny;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Whether the input VAT on equipment is deducted. A general VAT taxpayer deducts it since the
 * 2009 reform, so an asset's cost is the net price; an operator that cannot deduct it
 * capitalises the VAT too.
 */
public enum VatPolicy {
    /** The default: VAT is recovered, the asset costs the net price. */
    DEDUCTIBLE,
    /** VAT is part of the cost: the asset costs the gross price. */
    NOT_DEDUCTIBLE;

    /** What one unit bought at {@code unitNet} with VAT at {@code vatRate} costs the books. */
    public BigDecimal unitCost(BigDecimal unitNet, BigDecimal vatRate) {
        return this == DEDUCTIBLE ? Cny.fen(unitNet) : Cny.fen(unitNet).add(Cny.vat(unitNet, vatRate));
    }

    /** From configuration: {@code deductible} (default when blank) or {@code not_deductible}. */
    public static VatPolicy parse(String value) {
        if (value == null || value.isBlank()) {
            return DEDUCTIBLE;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("vatPolicy", Message.of("procurement.asset.vatPolicy", value));
        }
    }
}
