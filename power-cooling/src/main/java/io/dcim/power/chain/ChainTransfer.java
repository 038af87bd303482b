package io.dcim.power.chain;

import static io.dcim.power.chain.ChainSheet.Columns.BREAKER_A;
import static io.dcim.power.chain.ChainSheet.Columns.CABINET;
import static io.dcim.power.chain.ChainSheet.Columns.DEVICE;
import static io.dcim.power.chain.ChainSheet.Columns.FEED;
import static io.dcim.power.chain.ChainSheet.Columns.OUTLET;
import static io.dcim.power.chain.ChainSheet.Columns.PANEL;
import static io.dcim.power.chain.ChainSheet.Columns.PANEL_PHASES;
import static io.dcim.power.chain.ChainSheet.Columns.PANEL_RATING_A;
import static io.dcim.power.chain.ChainSheet.Columns.PANEL_VOLTAGE_V;
import static io.dcim.power.chain.ChainSheet.Columns.PDU;
import static io.dcim.power.chain.ChainSheet.Columns.PHASES;
import static io.dcim.power.chain.ChainSheet.Columns.ROOM;
import static io.dcim.power.chain.ChainSheet.Columns.SIDE;
import static io.dcim.power.chain.ChainSheet.Columns.SOURCE;
import static io.dcim.power.chain.ChainSheet.Columns.SOURCE_CAPACITY_W;
import static io.dcim.power.chain.ChainSheet.Columns.SOURCE_KIND;
import static io.dcim.power.chain.ChainSheet.Columns.SUPPLY;
import static io.dcim.power.chain.ChainSheet.Columns.VOLTAGE_V;

import io.dcim.common.error.DomainException;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.error.NotFoundException;
import io.dcim.common.persistence.Database;
import io.dcim.common.table.Table;
import io.dcim.common.table.TableWriter;
import io.dcim.inventory.cabinet.CabinetDirectory;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.DeviceDirectory;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.site.SiteDirectory;
import io.dcim.inventory.transfer.RowProblem;
import io.dcim.power.chain.ChainSpecs.NewFeed;
import io.dcim.power.chain.ChainSpecs.NewPanel;
import io.dcim.power.chain.ChainSpecs.NewSource;
import io.dcim.power.chain.ChainSpecs.Plug;
import io.dcim.power.chain.ChainViews.FeedView;
import io.dcim.power.chain.ChainViews.PanelView;
import io.dcim.power.chain.ChainViews.SourceView;
import io.dcim.power.endpoint.Feed;
import io.dcim.power.endpoint.TargetRole;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Session;

/**
 * A site's chain out to its two sheets ({@link ChainSheet}) and back, all or nothing. An import adds the sources,
 * panels and feeds a row names that the site lacks and changes those it has (found by name: a source in the
 * site, a panel under its source, a feed under its panel) through {@link ChainService}, so the rules are the
 * forms' own; every refused row is listed with its column, and nothing is kept unless none is. Parts the file
 * leaves out are left as they are (an import never removes), and a rename is an edit, not an import.
 */
public final class ChainTransfer {

    private final Database db;
    private final ChainService chain = new ChainService();

    public ChainTransfer(Database db) {
        this.db = db;
    }

    /** Writes the sheet of the site in its import's columns, headed in the reader's language. */
    public void export(long siteId, ChainSheet sheet, Locale locale, TableWriter out) {
        List<List<Object>> rows = db.read(session -> {
            requireSite(session, siteId);
            return sheet == ChainSheet.CIRCUITS ? circuitRows(session, siteId) : supplyRows(session, siteId);
        });
        out.header(sheet.heads(locale));
        rows.forEach(out::row);
    }

    /** Checks every row (and writes nothing) or imports them all; a file with any refused row writes nothing. */
    public ChainImportReport run(long siteId, ChainSheet sheet, Table upload, boolean write) {
        Table table = sheet.withColumns(upload);
        List<RowProblem> missing = missingColumns(sheet, table);
        if (!missing.isEmpty()) {
            return new ChainImportReport(sheet, table.rows().size(), 0, 0, missing, false);
        }
        try {
            return db.inTransaction(session -> {
                requireSite(session, siteId);
                Counts counts = sheet == ChainSheet.CIRCUITS ? new Circuits(session, siteId).importAll(table)
                        : new Supplies(session, siteId).importAll(table);
                ChainImportReport report = new ChainImportReport(sheet, table.rows().size(), counts.added,
                        counts.changed, counts.problems, write && counts.problems.isEmpty());
                if (!report.written()) {
                    throw new NothingKept(report);
                }
                return report;
            });
        } catch (NothingKept rolledBack) {
            return rolledBack.report;
        }
    }

    /** Leaves the transaction by rollback, carrying the report of what would have been written. */
    private static final class NothingKept extends RuntimeException {
        private final transient ChainImportReport report;

        NothingKept(ChainImportReport report) {
            super(null, null, false, false);
            this.report = report;
        }
    }

    private static void requireSite(Session session, long siteId) {
        if (SiteDirectory.find(session, siteId).isEmpty()) {
            throw new NotFoundException(Message.noun(Site.class, "site"), siteId);
        }
    }

    private static List<RowProblem> missingColumns(ChainSheet sheet, Table table) {
        List<RowProblem> problems = new ArrayList<>();
        for (String column : sheet.required()) {
            if (!table.columns().contains(column)) {
                problems.add(new RowProblem(1, column, Message.of("inventory.transfer.missingColumn", column)));
            }
        }
        if (table.rows().isEmpty() && problems.isEmpty()) {
            problems.add(new RowProblem(1, null, Message.of("inventory.transfer.noRows")));
        }
        return problems;
    }

    private static List<List<Object>> circuitRows(Session session, long siteId) {
        Map<Long, List<FeedView>> feedsByPanel = new HashMap<>();
        ChainQueries.allFeeds(session, siteId).forEach(f ->
                feedsByPanel.computeIfAbsent(f.panelId(), k -> new ArrayList<>()).add(f));
        Map<Long, List<PanelView>> panelsBySource = new HashMap<>();
        ChainQueries.panels(session, siteId).forEach(p ->
                panelsBySource.computeIfAbsent(p.sourceId(), k -> new ArrayList<>()).add(p));
        List<List<Object>> rows = new ArrayList<>();
        for (SourceView s : ChainQueries.sources(session, siteId)) {
            List<Object> source = List.of(s.name(), s.kind().name(), s.capacityW());
            List<PanelView> panels = panelsBySource.getOrDefault(s.id(), List.of());
            if (panels.isEmpty()) {
                rows.add(source);
            }
            for (PanelView p : panels) {
                List<Object> panel = new ArrayList<>(source);
                panel.addAll(List.of(p.name(), p.phases(), p.voltageV(), p.ratingA()));
                List<FeedView> feeds = feedsByPanel.getOrDefault(p.id(), List.of());
                if (feeds.isEmpty()) {
                    rows.add(panel);
                }
                for (FeedView f : feeds) {
                    List<Object> row = new ArrayList<>(panel);
                    row.addAll(java.util.Arrays.asList(f.name(), f.roomName(), f.cabinetName(), f.side().name(),
                            f.phases(), f.voltageV(), f.breakerRatingA(), f.pduName()));
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static List<List<Object>> supplyRows(Session session, long siteId) {
        Map<Long, CabinetDirectory.Placement> cabinets = new HashMap<>();
        CabinetDirectory.inSite(session, siteId).forEach(c -> cabinets.put(c.id(), c));
        Map<Long, DeviceDirectory.Powered> devices = new HashMap<>();
        DeviceDirectory.poweredInSite(session, siteId).forEach(d -> devices.put(d.id(), d));
        List<Object[]> plugged = session.createQuery("select s.deviceId, s.supplyIndex, f.name, s.outlet"
                + " from DeviceSupply s join s.feed f where f.panel.source.siteId = :site", Object[].class)
                .setParameter("site", siteId).getResultList();
        Map<Long, Integer> cabinetOrder = new HashMap<>();
        CabinetDirectory.inSite(session, siteId).forEach(c -> cabinetOrder.put(c.id(), cabinetOrder.size()));
        plugged.sort(Comparator.<Object[]>comparingInt(r -> cabinetOrder.get(devices.get((Long) r[0]).cabinetId()))
                .thenComparing(r -> devices.get((Long) r[0]).assetTag())
                .thenComparingInt(r -> (Integer) r[1]));
        List<List<Object>> rows = new ArrayList<>();
        for (Object[] r : plugged) {
            DeviceDirectory.Powered d = devices.get((Long) r[0]);
            CabinetDirectory.Placement c = cabinets.get(d.cabinetId());
            rows.add(Arrays.asList(c.roomName(), c.name(), d.assetTag(), r[1], r[2], r[3])); // outlet may be null
        }
        return rows;
    }

    private static final class Counts {
        final List<RowProblem> problems = new ArrayList<>();
        int added;
        int changed;

        void refuse(Table.Row row, String column, Message why) {
            problems.add(new RowProblem(row.line(), column, why));
        }
    }

    /**
     * The circuit schedule read row by row in the transaction: a source, panel or feed seen for the first time is
     * added or changed to what its row says; later rows naming it must say the same or leave its cells blank.
     */
    private final class Circuits {

        private final Session session;
        private final long siteId;
        private final Counts counts = new Counts();
        private final Map<String, Long> sources = new HashMap<>();
        private final Map<String, Long> panels = new HashMap<>();
        private final Map<String, Long> feeds = new HashMap<>();
        /** What the first row naming a part said of it, and its line, for the rows after. */
        private final Map<String, Described> described = new HashMap<>();
        private final Map<String, List<CabinetDirectory.Placement>> cabinets = new HashMap<>();
        private final Map<String, Long> pdus = new HashMap<>();

        Circuits(Session session, long siteId) {
            this.session = session;
            this.siteId = siteId;
            ChainQueries.sources(session, siteId).forEach(s -> sources.put(key(s.name()), s.id()));
            ChainQueries.panels(session, siteId).forEach(p -> panels.put(p.sourceId() + "/" + key(p.name()), p.id()));
            ChainQueries.allFeeds(session, siteId).forEach(f -> feeds.put(f.panelId() + "/" + key(f.name()), f.id()));
            for (CabinetDirectory.Placement c : CabinetDirectory.inSite(session, siteId)) {
                cabinets.computeIfAbsent(key(c.name()), k -> new ArrayList<>()).add(c);
            }
            session.createQuery("select t.id, t.name from SnmpTarget t where t.site.id = :site and t.role = :pdu",
                            Object[].class).setParameter("site", siteId).setParameter("pdu", TargetRole.PDU)
                    .getResultList().forEach(r -> pdus.put(key((String) r[1]), (Long) r[0]));
        }

        Counts importAll(Table table) {
            for (Table.Row row : table.rows()) {
                String stage = SOURCE;
                try {
                    long source = source(row);
                    stage = PANEL;
                    String panelName = row.get(PANEL);
                    if (panelName == null) {
                        noneBelow(row, FEED);
                        continue;
                    }
                    long panel = panel(row, source, panelName);
                    stage = FEED;
                    if (row.get(FEED) != null) {
                        feed(row, panel);
                    }
                } catch (DomainException e) {
                    counts.refuse(row, columnOf(stage, e.field()), e.why());
                }
            }
            return counts;
        }

        private long source(Table.Row row) {
            String name = row.get(SOURCE);
            if (name == null) {
                throw new InvalidValueException(SOURCE, Message.of("common.field.required"));
            }
            SourceKind kind = kindOf(row);
            Long capacity = number(row, SOURCE_CAPACITY_W);
            Long id = sources.get(key(name));
            Described seen = described.get("S:" + key(name));
            if (seen != null) {
                seen.same(row, SOURCE_KIND, kind == null ? null : kind.name());
                seen.same(row, SOURCE_CAPACITY_W, capacity);
                return id;
            }
            described.put("S:" + key(name), new Described(row.line()).with(SOURCE_KIND, kind == null ? null
                    : kind.name()).with(SOURCE_CAPACITY_W, capacity));
            if (id == null) {
                if (kind == null) {
                    throw new InvalidValueException("kind", Message.of("common.field.required"));
                }
                if (capacity == null) {
                    throw new InvalidValueException("capacityW", Message.of("common.field.required"));
                }
                id = chain.addSource(session, new NewSource(siteId, name, kind, capacity)).id();
                sources.put(key(name), id);
                counts.added++;
                return id;
            }
            PowerSource stored = session.find(PowerSource.class, id);
            SourceKind newKind = kind == null ? stored.getKind() : kind;
            long newCapacity = capacity == null ? stored.getCapacityW() : capacity;
            if (newKind != stored.getKind() || newCapacity != stored.getCapacityW()) {
                chain.editSource(session, id, stored.getVersion(), new NewSource(siteId, stored.getName(), newKind,
                        newCapacity));
                counts.changed++;
            }
            return id;
        }

        private long panel(Table.Row row, long sourceId, String name) {
            Integer phases = integer(row, PANEL_PHASES);
            Integer volts = integer(row, PANEL_VOLTAGE_V);
            Integer amps = integer(row, PANEL_RATING_A);
            String k = sourceId + "/" + key(name);
            Long id = panels.get(k);
            Described seen = described.get("P:" + k);
            if (seen != null) {
                seen.same(row, PANEL_PHASES, phases);
                seen.same(row, PANEL_VOLTAGE_V, volts);
                seen.same(row, PANEL_RATING_A, amps);
                return id;
            }
            described.put("P:" + k, new Described(row.line()).with(PANEL_PHASES, phases).with(PANEL_VOLTAGE_V, volts)
                    .with(PANEL_RATING_A, amps));
            if (id == null) {
                id = chain.addPanel(session, new NewPanel(sourceId, name, need(phases, "phases"),
                        need(volts, "voltageV"), need(amps, "ratingA"))).id();
                panels.put(k, id);
                counts.added++;
                return id;
            }
            PowerPanel stored = session.find(PowerPanel.class, id);
            NewPanel next = new NewPanel(sourceId, stored.getName(), or(phases, stored.getPhases()),
                    or(volts, stored.getVoltageV()), or(amps, stored.getRatingA()));
            if (next.phases() != stored.getPhases() || next.voltageV() != stored.getVoltageV()
                    || next.ratingA() != stored.getRatingA()) {
                chain.editPanel(session, id, stored.getVersion(), next);
                counts.changed++;
            }
            return id;
        }

        private void feed(Table.Row row, long panelId) {
            String name = row.get(FEED);
            String k = panelId + "/" + key(name);
            if (described.containsKey("F:" + k)) {
                throw new InvalidValueException("name", Message.of("power.chain.import.twice",
                        Table.excerpt(name), described.get("F:" + k).line));
            }
            described.put("F:" + k, new Described(row.line()));
            long cabinetId = cabinet(row);
            Feed side = side(row);
            NewFeed spec = new NewFeed(panelId, cabinetId, name, side, need(integer(row, PHASES), "phases"),
                    need(integer(row, VOLTAGE_V), "voltageV"), need(integer(row, BREAKER_A), "breakerRatingA"),
                    pdu(row));
            Long id = feeds.get(k);
            if (id == null) {
                feeds.put(k, chain.addFeed(session, spec).id());
                counts.added++;
                return;
            }
            PowerFeed stored = session.find(PowerFeed.class, id);
            if (stored.getCabinetId() != spec.cabinetId() || stored.getSide() != spec.side()
                    || stored.getPhases() != spec.phases() || stored.getVoltageV() != spec.voltageV()
                    || stored.getBreakerRatingA() != spec.breakerRatingA()
                    || !Objects.equals(stored.getPduTargetId(), spec.pduTargetId())) {
                chain.editFeed(session, id, stored.getVersion(), new NewFeed(panelId, cabinetId, stored.getName(),
                        side, spec.phases(), spec.voltageV(), spec.breakerRatingA(), spec.pduTargetId()));
                counts.changed++;
            }
        }

        /** The cabinet by name, in the row's room when given; a name several rooms use needs its room. */
        private long cabinet(Table.Row row) {
            String name = row.get(CABINET);
            if (name == null) {
                throw new InvalidValueException("cabinetId", Message.of("common.field.required"));
            }
            String room = row.get(ROOM);
            List<CabinetDirectory.Placement> named = cabinets.getOrDefault(key(name), List.of()).stream()
                    .filter(c -> room == null || key(c.roomName()).equals(key(room))).toList();
            if (named.isEmpty()) {
                throw new InvalidValueException("cabinetId", Message.of("power.chain.import.noCabinet",
                        Table.excerpt(name)));
            }
            if (named.size() > 1) {
                throw new InvalidValueException("cabinetId", Message.of("power.chain.import.cabinetInRooms",
                        Table.excerpt(name), named.size()));
            }
            return named.get(0).id();
        }

        private Long pdu(Table.Row row) {
            String name = row.get(PDU);
            if (name == null) {
                return null;
            }
            Long id = pdus.get(key(name));
            if (id == null) {
                throw new InvalidValueException("pduTargetId", Message.of("power.chain.import.noPdu",
                        Table.excerpt(name)));
            }
            return id;
        }

        private void noneBelow(Table.Row row, String column) {
            if (row.get(column) != null) {
                throw new InvalidValueException(PANEL, Message.of("common.field.required"));
            }
        }
    }

    /** The supply connections: each supply of a device (asset tag, or name when only one device has it). */
    private final class Supplies {

        private final Session session;
        private final Counts counts = new Counts();
        private final Map<String, List<DeviceDirectory.Powered>> devices = new HashMap<>();
        private final Map<String, List<Long>> feedsOfCabinet = new HashMap<>();
        private final Map<Long, Integer> supplies = new HashMap<>();
        private final Map<String, Long> plugged = new HashMap<>();
        private final Map<String, Integer> outlets = new HashMap<>();

        Supplies(Session session, long siteId) {
            this.session = session;
            for (DeviceDirectory.Powered d : DeviceDirectory.poweredInSite(session, siteId)) {
                devices.computeIfAbsent("tag:" + Device.key(d.assetTag()), k -> new ArrayList<>()).add(d);
                if (d.name() != null && !d.name().isBlank()) {
                    devices.computeIfAbsent("name:" + Device.key(d.name()), k -> new ArrayList<>()).add(d);
                }
            }
            for (FeedView f : ChainQueries.allFeeds(session, siteId)) {
                feedsOfCabinet.computeIfAbsent(f.cabinetId() + "/" + key(f.name()), k -> new ArrayList<>()).add(f.id());
            }
            session.createQuery("select s.deviceModelId, s.supplies from SupplySpec s", Object[].class)
                    .getResultList().forEach(r -> supplies.put((Long) r[0], (Integer) r[1]));
            session.createQuery("select s.deviceId, s.supplyIndex, s.feed.id, s.outlet from DeviceSupply s"
                            + " join s.feed f where f.panel.source.siteId = :site", Object[].class)
                    .setParameter("site", siteId).getResultList().forEach(r -> {
                        plugged.put(r[0] + "/" + r[1], (Long) r[2]);
                        outlets.put(r[0] + "/" + r[1], (Integer) r[3]);
                    });
        }

        Counts importAll(Table table) {
            List<Plug> plugs = new ArrayList<>();
            Map<String, Integer> lineOf = new HashMap<>();
            // A sheet without the column (one kept before outlets were) leaves the outlets recorded as they are.
            boolean statesOutlets = table.columns().contains(OUTLET);
            for (Table.Row row : table.rows()) {
                try {
                    DeviceDirectory.Powered device = device(row);
                    Integer index = integer(row, SUPPLY);
                    int most = supplies.getOrDefault(device.modelId(), 1);
                    if (index == null || index < 1 || index > most) {
                        throw new InvalidValueException(SUPPLY, index == null ? Message.of("common.field.required")
                                : Message.of("power.chain.between", 1, most, index));
                    }
                    String feedName = row.get(FEED);
                    if (feedName == null) {
                        throw new InvalidValueException(FEED, Message.of("common.field.required"));
                    }
                    List<Long> feed = feedsOfCabinet.getOrDefault(device.cabinetId() + "/" + key(feedName), List.of());
                    if (feed.size() != 1) {
                        throw new InvalidValueException(FEED, Message.of(feed.isEmpty()
                                ? "power.chain.import.noFeedInCabinet" : "power.chain.import.feedOfPanels",
                                Table.excerpt(feedName), device.label(), feed.size()));
                    }
                    Integer outlet = integer(row, OUTLET); // blank: none recorded
                    ChainService.checkOutlet(outlet);
                    Integer earlier = lineOf.putIfAbsent(device.id() + "/" + index, row.line());
                    if (earlier != null) {
                        throw new InvalidValueException(SUPPLY, Message.of("power.chain.import.twice",
                                device.label() + " #" + index, earlier));
                    }
                    Long before = plugged.get(device.id() + "/" + index);
                    if (before == null) {
                        counts.added++;
                    } else if (!before.equals(feed.get(0))
                            || statesOutlets && !Objects.equals(outlets.get(device.id() + "/" + index), outlet)) {
                        counts.changed++;
                    }
                    plugs.add(statesOutlets ? Plug.atOutlet(device.id(), index, feed.get(0), outlet)
                            : new Plug(device.id(), index, feed.get(0)));
                } catch (DomainException e) {
                    counts.refuse(row, e.field() == null ? null : columnOf(SUPPLY, e.field()), e.why());
                }
            }
            if (counts.problems.isEmpty() && !plugs.isEmpty()) {
                chain.plug(session, plugs); // the same rules again, as one batch
            }
            return counts;
        }

        private DeviceDirectory.Powered device(Table.Row row) {
            String text = row.get(DEVICE);
            if (text == null) {
                throw new InvalidValueException(DEVICE, Message.of("common.field.required"));
            }
            List<DeviceDirectory.Powered> byTag = devices.get("tag:" + Device.key(text));
            if (byTag != null) {
                return byTag.get(0);
            }
            List<DeviceDirectory.Powered> byName = devices.getOrDefault("name:" + Device.key(text), List.of());
            if (byName.isEmpty()) {
                throw new InvalidValueException(DEVICE, Message.of("power.chain.import.noDevice",
                        Table.excerpt(text)));
            }
            if (byName.size() > 1) {
                throw new InvalidValueException(DEVICE, Message.of("inventory.transfer.ambiguousDevice",
                        Table.excerpt(text), byName.size()));
            }
            return byName.get(0);
        }
    }

    /** What the first row naming a part said of it: later rows must agree where they say anything. */
    private static final class Described {
        final int line;
        final Map<String, Object> cells = new HashMap<>();

        Described(int line) {
            this.line = line;
        }

        Described with(String column, Object value) {
            if (value != null) {
                cells.put(column, value);
            }
            return this;
        }

        void same(Table.Row row, String column, Object value) {
            Object first = cells.get(column);
            if (value != null && first != null && !first.equals(value)) {
                throw new InvalidValueException(column, Message.of("power.chain.import.differs", String.valueOf(first),
                        line));
            }
        }
    }

    /** The sheet's column for a field the chain's rules name, at the stage of the row being read. */
    static String columnOf(String stage, String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "name", "id" -> stage;
            case "kind" -> SOURCE_KIND;
            case "capacityW" -> SOURCE_CAPACITY_W;
            case "sourceId" -> SOURCE;
            case "panelId" -> PANEL;
            case "phases" -> PANEL.equals(stage) ? PANEL_PHASES : PHASES;
            case "voltageV" -> PANEL.equals(stage) ? PANEL_VOLTAGE_V : VOLTAGE_V;
            case "ratingA" -> PANEL_RATING_A;
            case "cabinetId" -> CABINET;
            case "breakerRatingA" -> BREAKER_A;
            case "pduTargetId" -> PDU;
            case "deviceId" -> DEVICE;
            case "supplyIndex" -> SUPPLY;
            case "feedId" -> FEED;
            case "outlet" -> OUTLET;
            default -> field;
        };
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
    }

    private static SourceKind kindOf(Table.Row row) {
        String text = row.get(SOURCE_KIND);
        if (text == null) {
            return null;
        }
        try {
            return SourceKind.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("kind", Message.of("inventory.transfer.notOneOf", Table.excerpt(text),
                    String.valueOf(List.of(SourceKind.values()))));
        }
    }

    private static Feed side(Table.Row row) {
        String text = row.get(SIDE);
        if (text == null) {
            throw new InvalidValueException(SIDE, Message.of("common.field.required"));
        }
        try {
            return Feed.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(SIDE, Message.of("inventory.transfer.notOneOf", Table.excerpt(text),
                    "[A, B]"));
        }
    }

    private static Long number(Table.Row row, String column) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text.replace(",", "").replaceFirst("\\.0+$", ""));
        } catch (NumberFormatException e) {
            throw new InvalidValueException(column, Message.of("power.chain.import.notANumber", Table.excerpt(text)));
        }
    }

    private static Integer integer(Table.Row row, String column) {
        Long value = number(row, column);
        if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
            throw new InvalidValueException(column, Message.of("power.chain.import.notANumber", value));
        }
        return value == null ? null : value.intValue();
    }

    private static int need(Integer value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, Message.of("common.field.required"));
        }
        return value;
    }

    private static int or(Integer value, int stored) {
        return value == null ? stored : value;
    }
}
