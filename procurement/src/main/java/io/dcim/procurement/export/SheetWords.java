package io.dcim.procurement.export;

import io.dcim.common.error.Message;
import io.dcim.common.error.Messages;
import io.dcim.procurement.asset.AssetClass;
import io.dcim.procurement.depreciation.DepreciationMethod;
import java.util.Locale;

/**
 * The words and formats of a workbook in the requester's language: sheet names and column heads from
 * procurement's bundle ({@code procurement.sheet.*}), amounts in a CNY currency format (¥ for a Chinese reader,
 * CNY for anyone else, two decimals either way), months as real dates shown {@code yyyy-mm}. Finance in
 * Shanghai and an auditor abroad get the same numbers and dates, each headed in their own language.
 */
final class SheetWords {

    /** Excel's yuan format: the ¥ of locale 804 (zh-CN), so no reader takes it for yen. */
    static final String CNY_FORMAT_CHINESE = "[$¥-804]#,##0.00";
    static final String CNY_FORMAT = "[$CNY] #,##0.00";
    static final String MONTH_FORMAT = "yyyy-mm";

    private final Locale locale;

    private SheetWords(Locale locale) {
        this.locale = locale == null ? Locale.ROOT : locale;
    }

    static SheetWords of(Locale locale) {
        return new SheetWords(locale);
    }

    /** The text under {@code procurement.sheet.<key>}. */
    String get(String key, Object... args) {
        String full = "procurement.sheet." + key;
        return Messages.text(Message.of(full, args), locale);
    }

    /** A column's head. */
    String header(DepreciationWorkbook.Column column) {
        return get("col." + column.key());
    }

    String cnyFormat() {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? CNY_FORMAT_CHINESE : CNY_FORMAT;
    }

    /**
     * An asset class as the reader calls it. The rows carry the class as its English label (the register's
     * grouping key); a label that is one of the {@link AssetClass}es is worded, anything else (a class named by
     * hand, say) is shown as stored.
     */
    String assetClass(String label) {
        if (DetailRow.UNCLASSIFIED.equals(label)) {
            return get("unclassified");
        }
        for (AssetClass c : AssetClass.values()) {
            if (c.label().equals(label)) {
                String key = "procurement.AssetClass." + c.name();
                return Messages.text(Message.of(key), locale);
            }
        }
        return label;
    }

    String method(DepreciationMethod method) {
        return method == null ? null : Messages.text(method.title(), locale);
    }

    /** An order status stored by its constant's name ({@code PARTIALLY_RECEIVED}). */
    String orderStatus(String status) {
        if (status == null) {
            return null;
        }
        String key = "procurement.OrderStatus." + status;
        return Messages.text(new Message(key, java.util.List.of(), status), locale);
    }
}
