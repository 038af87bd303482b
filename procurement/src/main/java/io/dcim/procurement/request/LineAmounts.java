package io.dcim.procurement.request;

import java.math.BigDecimal;

/**
 * Net, VAT and gross of a line or of a whole request. VAT is computed per line and rounded
 * to the fen there, as a VAT invoice does; totals are the sums of the lines.
 */
public record LineAmounts(BigDecimal net, BigDecimal vat, BigDecimal gross) {

    public static final LineAmounts ZERO = new LineAmounts(Cny.ZERO, Cny.ZERO, Cny.ZERO);

    public static LineAmounts of(BigDecimal net, BigDecimal vatRate) {
        BigDecimal fenNet = Cny.fen(net);
        BigDecimal vat = Cny.vat(fenNet, vatRate);
        return new LineAmounts(fenNet, vat, fenNet.add(vat));
    }

    /** {@code quantity × unitPrice} with VAT at {@code vatRate}. */
    public static LineAmounts of(int quantity, BigDecimal unitPrice, BigDecimal vatRate) {
        return of(unitPrice.multiply(BigDecimal.valueOf(quantity)), vatRate);
    }

    public LineAmounts plus(LineAmounts other) {
        return new LineAmounts(net.add(other.net), vat.add(other.vat), gross.add(other.gross));
    }
}
