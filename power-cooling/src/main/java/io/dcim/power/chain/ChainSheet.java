package io.dcim.power.chain;

import io.dcim.common.table.Table;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The two spreadsheets of a site's chain, as the people who keep them lay them out. The <b>circuit schedule</b>
 * is the electrician's: one row per circuit (feed) naming the panel and the source upstream of it, as a panel
 * schedule lists its breakers; a panel without circuits, or a source without panels, is a row with the columns
 * below it left blank. The <b>supply connections</b> are the rack technicians': one row per power supply of a
 * device, the feed it is plugged into and the outlet of the feed's PDU when known. They are separate files
 * because different people fill them at different times (the circuits when the hall is built, the supplies at
 * every racking), and because a CSV holds one table. Heads are read in English or Chinese; exports head them in
 * the reader's language.
 */
public enum ChainSheet {

    CIRCUITS(List.of(Columns.SOURCE, Columns.SOURCE_KIND, Columns.SOURCE_CAPACITY_W, Columns.PANEL,
            Columns.PANEL_PHASES, Columns.PANEL_VOLTAGE_V, Columns.PANEL_RATING_A, Columns.FEED, Columns.ROOM,
            Columns.CABINET, Columns.SIDE, Columns.PHASES, Columns.VOLTAGE_V, Columns.BREAKER_A, Columns.PDU),
            List.of("\u7535\u6e90", "\u7535\u6e90\u7c7b\u578b", "\u7535\u6e90\u5bb9\u91cf(W)",
                    "\u914d\u7535\u67dc", "\u914d\u7535\u67dc\u76f8\u6570", "\u914d\u7535\u67dc\u7535\u538b(V)",
                    "\u914d\u7535\u67dc\u989d\u5b9a\u7535\u6d41(A)", "\u9988\u7ebf", "\u673a\u623f", "\u673a\u67dc",
                    "A/B\u8def", "\u9988\u7ebf\u76f8\u6570", "\u9988\u7ebf\u7535\u538b(V)",
                    "\u65ad\u8def\u5668\u989d\u5b9a\u7535\u6d41(A)", "PDU"),
            List.of(Columns.SOURCE)),
    SUPPLIES(List.of(Columns.ROOM, Columns.CABINET, Columns.DEVICE, Columns.SUPPLY, Columns.FEED, Columns.OUTLET),
            List.of("\u673a\u623f", "\u673a\u67dc", "\u8bbe\u5907", "\u7535\u6e90\u6a21\u5757", "\u9988\u7ebf",
                    "PDU\u63d2\u5ea7"),
            List.of(Columns.DEVICE, Columns.SUPPLY, Columns.FEED));

    /** The columns, as the English heads name them. */
    public static final class Columns {
        public static final String SOURCE = "source";
        public static final String SOURCE_KIND = "source_kind";
        public static final String SOURCE_CAPACITY_W = "source_capacity_w";
        public static final String PANEL = "panel";
        public static final String PANEL_PHASES = "panel_phases";
        public static final String PANEL_VOLTAGE_V = "panel_voltage_v";
        public static final String PANEL_RATING_A = "panel_rating_a";
        public static final String FEED = "feed";
        public static final String ROOM = "room";
        public static final String CABINET = "cabinet";
        public static final String SIDE = "side";
        public static final String PHASES = "phases";
        public static final String VOLTAGE_V = "voltage_v";
        public static final String BREAKER_A = "breaker_a";
        public static final String PDU = "pdu";
        public static final String DEVICE = "device";
        public static final String SUPPLY = "supply";
        /** The outlet of the feed's PDU the supply is plugged into (1 to 96); blank: none recorded. */
        public static final String OUTLET = "outlet";

        private Columns() {
        }
    }

    private final List<String> columns;
    private final List<String> chinese;
    private final List<String> required;
    private final Map<String, String> columnOfHead;

    ChainSheet(List<String> columns, List<String> chinese, List<String> required) {
        this.columns = columns;
        this.chinese = chinese;
        this.required = required;
        Map<String, String> heads = new java.util.HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            heads.put(chinese.get(i), columns.get(i));
            heads.put(columns.get(i), columns.get(i));
        }
        this.columnOfHead = Table.heads(heads);
    }

    public List<String> columns() {
        return columns;
    }

    List<String> required() {
        return required;
    }

    /** The heads of an export or template for a reader of {@code locale}. */
    public List<String> heads(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? chinese : columns;
    }

    /** The table with heads of either language renamed to the columns; unknown heads stay (and are ignored). */
    Table withColumns(Table table) {
        return table.renamed(head -> columnOfHead.getOrDefault(Table.normalise(head), head));
    }
}
