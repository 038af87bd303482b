package io.dcim.procurement.request;

import java.math.BigDecimal;

/**
 * A request line as typed. Equipment lines give a device model, quantity and unit price;
 * outsourced compute lines a description, GPU model, GPU count, term and monthly price (for
 * all the line's GPUs). Prices are net of VAT, in CNY to the fen; the VAT rate is a share
 * (0.13 for equipment, 0.06 for IT services in China).
 */
public record LineInput(String description, Long deviceModelId, Integer quantity, BigDecimal unitPrice,
                        Integer warrantyMonths, Long gpuModelId, Integer gpuCount, Integer termMonths,
                        BigDecimal monthlyPrice, BigDecimal vatRate) {

    public static LineInput equipment(long deviceModelId, int quantity, BigDecimal unitPrice, BigDecimal vatRate) {
        return new LineInput(null, deviceModelId, quantity, unitPrice, null, null, null, null, null, vatRate);
    }

    public static LineInput outsourced(String description, long gpuModelId, int gpuCount, int termMonths,
                                       BigDecimal monthlyPrice, BigDecimal vatRate) {
        return new LineInput(description, null, null, null, null, gpuModelId, gpuCount, termMonths, monthlyPrice, vatRate);
    }

    public LineInput withDescription(String text) {
        return new LineInput(text, deviceModelId, quantity, unitPrice, warrantyMonths, gpuModelId, gpuCount, termMonths,
                monthlyPrice, vatRate);
    }

    public LineInput withWarrantyMonths(Integer months) {
        return new LineInput(description, deviceModelId, quantity, unitPrice, months, gpuModelId, gpuCount, termMonths,
                monthlyPrice, vatRate);
    }
}
