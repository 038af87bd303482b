package io.dcim.procurement.depreciation;

import io.dcim.common.error.InvalidValueException;

import io.dcim.common.error.Message;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The asset is sold, scrapped or written off. CAS 4: it is still depreciated in the month it
 * leaves and not from the month after.
 *
 * @param month    the month the asset leaves the books
 * @param proceeds what was received for it in CNY (zero when scrapped)
 */
public record Disposal(YearMonth month, BigDecimal proceeds) implements DepreciationEvent {

    public Disposal {
        if (month == null) {
            throw new InvalidValueException("disposalMonth", Message.of("common.field.required"));
        }
        if (proceeds == null) {
            throw new InvalidValueException("proceeds", Message.of("procurement.depreciation.proceedsRequired"));
        }
        if (proceeds.signum() < 0) {
            throw new InvalidValueException("proceeds", Message.of("procurement.money.negative", proceeds.toPlainString()));
        }
        proceeds = Money.fen(proceeds);
    }
}
