package io.dcim.inventory.transfer;

import io.dcim.common.persistence.Database;
import io.dcim.common.table.Pages;
import io.dcim.common.table.TableWriter;
import io.dcim.inventory.cable.CableFilter;
import io.dcim.inventory.cable.CableQueries;
import io.dcim.inventory.cable.CableSummary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the cables a filter selects, a thousand at a time, in two layouts:
 * <ul>
 * <li>the import's own columns ({@link CableImport#COLUMNS}: devices by asset tag, a breakout's B ports
 * joined by {@code ;}), so that a list can be exported, edited and imported back;</li>
 * <li>a label printer's: one row per label, a label at each end of a cable (TIA-606 labels both ends,
 * each naming both), with the cable's label and two short lines, this end and the far one, as
 * {@code room/cabinet/U device port}. Label software (Brady Workstation, P-touch Editor, ZebraDesigner,
 * BarTender) merges such a sheet one row per label, so nothing here depends on a printer.</li>
 * </ul>
 */
public final class CableExport {

    /** The label layout's columns, in the field names label software maps onto a template. */
    public static final List<String> LABEL_COLUMNS = List.of("label", "end", "line_1", "line_2", "type");

    /** Characters on one line of a two-line cable label (12 mm tape, or a 25 × 13 mm flag, at 6 pt). */
    public static final int LINE_CHARS = 32;

    private final Database db;
    private final CableQueries queries;

    public CableExport(Database db) {
        this.db = db;
        this.queries = new CableQueries(db);
    }

    /** An end as the export reads it: the port, its device and where that stands. */
    record End(String side, int lane, String port, String assetTag, String device, String room, String cabinet,
            Integer positionU) {
    }

    /** The import's layout; returns the number of cables. */
    public long write(CableFilter filter, TableWriter out) {
        out.header(CableImport.COLUMNS);
        return forEachPage(filter, (cable, ends) -> {
            List<End> a = side(ends, "A");
            List<End> b = side(ends, "B");
            out.row(Arrays.asList(cable.label(), cable.type().name(), a.isEmpty() ? null : a.get(0).assetTag(),
                    a.isEmpty() ? null : a.get(0).port(), b.isEmpty() ? null : b.get(0).assetTag(),
                    b.isEmpty() ? null : b.stream().map(End::port).collect(Collectors.joining(";")),
                    length(cable.lengthM()), cable.colour(), cable.status().name()));
        });
    }

    /** The label printer's layout: a row for the A end and one for each B port; returns the number of cables. */
    public long labels(CableFilter filter, TableWriter out) {
        out.header(LABEL_COLUMNS);
        return forEachPage(filter, (cable, ends) -> {
            List<End> a = side(ends, "A");
            List<End> b = side(ends, "B");
            if (a.isEmpty() || b.isEmpty()) {
                return; // a decommissioned cable has let go of its ports: nothing to hang a label on
            }
            String lanes = b.size() > 1 ? " 1\u00d7" + b.size() : "";
            out.row(List.of(cable.label(), "A", line(a.get(0)), "\u2192 " + line(b.get(0)) + lanes, cable.type().name()));
            for (End end : b) {
                out.row(List.of(cable.label(), b.size() > 1 ? "B" + end.lane() : "B", line(end), "\u2192 " + line(a.get(0)),
                        cable.type().name()));
            }
        });
    }

    /**
     * {@code room/cabinet/U device port}, shortened to fit a label line: without the room first (a cabinet
     * name is what people walk to), then the device's name cut from the front, keeping its end, where names
     * differ ({@code gpu-a01-07}). The site is left out: a label never leaves its site.
     */
    static String line(End end) {
        String place = (end.cabinet() == null ? "" : end.cabinet()) + (end.positionU() == null ? "" : "/U" + end.positionU());
        String full = (end.room() == null ? "" : end.room() + "/") + place + " " + end.device() + " " + end.port();
        if (full.length() <= LINE_CHARS - 2) {
            return full.strip();
        }
        String shorter = place + " " + end.device() + " " + end.port();
        if (shorter.length() <= LINE_CHARS - 2) {
            return shorter.strip();
        }
        int room = LINE_CHARS - 2 - place.length() - end.port().length() - 3;
        String device = end.device().length() <= room ? end.device()
                : "\u2026" + end.device().substring(end.device().length() - Math.max(1, room - 1));
        return (place + " " + device + " " + end.port()).strip();
    }

    private interface CableSink {
        void accept(CableSummary cable, List<End> ends);
    }

    private long forEachPage(CableFilter filter, CableSink sink) {
        return Pages.forEach("label", request -> queries.page(filter, request), page -> {
            Map<Long, List<End>> ends = ends(page.items().stream().map(CableSummary::id).toList());
            for (CableSummary cable : page.items()) {
                sink.accept(cable, ends.getOrDefault(cable.id(), List.of()));
            }
        });
    }

    private static List<End> side(List<End> ends, String side) {
        return ends.stream().filter(e -> e.side().equals(side)).toList();
    }

    private static String length(BigDecimal metres) {
        return metres == null ? null : metres.stripTrailingZeros().toPlainString();
    }

    /** The ends of a page of cables with their devices and places, in one query. */
    private Map<Long, List<End>> ends(List<Long> cableIds) {
        if (cableIds.isEmpty()) {
            return Map.of();
        }
        return db.read(session -> {
            Map<Long, List<End>> ends = new HashMap<>();
            session.createQuery("select e.cable.id, e.side, e.lane, p.name, d.assetTag, coalesce(d.name, d.assetTag),"
                    + " r.name, c.name, d.positionU from CableEnd e join e.port p join p.device d left join d.room r"
                    + " left join d.cabinet c where e.cable.id in :ids order by e.cable.id, e.side, e.lane", Object[].class)
                    .setParameter("ids", cableIds).getResultList()
                    .forEach(row -> ends.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(new End(
                            (String) row[1], (Integer) row[2], (String) row[3], (String) row[4], (String) row[5],
                            (String) row[6], (String) row[7], (Integer) row[8])));
            return ends;
        });
    }
}
