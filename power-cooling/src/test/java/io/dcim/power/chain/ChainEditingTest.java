package io.dcim.power.chain;

import static io.dcim.power.chain.TwoFeedCabinet.ANALYST;
import static io.dcim.power.chain.TwoFeedCabinet.OPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.NotPermittedException;
import io.dcim.common.persistence.Database;
import io.dcim.common.table.Table;
import io.dcim.common.table.TableFormat;
import io.dcim.common.table.TableReader;
import io.dcim.common.table.TableWriter;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.transfer.RowProblem;
import io.dcim.power.chain.ChainSpecs.NewFeed;
import io.dcim.power.chain.ChainSpecs.NewSource;
import io.dcim.power.chain.ChainViews.FeedView;
import io.dcim.power.endpoint.Feed;
import io.dcim.testing.BothDatabases;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Editing the recorded chain as the console and the API do, against the version read, with its history; and a
 * site's chain taken out as the electrician's circuit schedule and the technicians' supply connections, removed,
 * and imported back to the same chain.
 */
class ChainEditingTest {

    @BothDatabases
    void anEditNamesTheVersionItReadAndTheHistoryKeepsWhoChangedWhat(Database db) {
        TwoFeedCabinet c = chain(db);
        ChainViews.SourceView read = c.facade.source(ANALYST, c.upsA);

        ChainSpecs.Saved saved = c.facade.editSource(OPS, c.upsA, read.version(), new NewSource(0, "UPS-A1",
                SourceKind.UPS, 500_000));

        assertThat(c.facade.source(ANALYST, c.upsA)).extracting(ChainViews.SourceView::name,
                ChainViews.SourceView::capacityW, ChainViews.SourceView::version)
                .containsExactly("UPS-A1", 500_000L, saved.version());
        assertThatThrownBy(() -> c.facade.editSource(OPS, c.upsA, read.version(), new NewSource(0, "UPS-A2",
                SourceKind.UPS, 500_000))).as("someone saved meanwhile").isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> c.facade.editSource(ANALYST, c.upsA, saved.version(), new NewSource(0, "UPS-A2",
                SourceKind.UPS, 500_000))).isInstanceOf(NotPermittedException.class);
        FeedView feed = c.facade.feed(ANALYST, c.feedA);
        c.facade.editFeed(OPS, c.feedA, feed.version(), new NewFeed(c.panelA, c.cabinet.getId(), "A01-A", Feed.A, 1,
                230, 25, feed.pduTargetId()));
        assertThat(c.facade.feed(ANALYST, c.feedA)).extracting(FeedView::breakerRatingA, FeedView::pduName,
                FeedView::cabinetName).containsExactly(25, c.pduA.name(), "A01");
        List<Object[]> history = db.read(s -> s.createNativeQuery("select a.capacity_w, r.actor from power_source_aud a"
                + " join revinfo r on r.id = a.rev where a.id = :id order by a.rev", Object[].class)
                .setParameter("id", c.upsA).getResultList());
        assertThat(history).extracting(r -> ((Number) r[0]).longValue(), r -> r[1])
                .containsExactly(tuple(450_000L, "ops-1"), tuple(500_000L, "ops-1"));
    }

    @BothDatabases
    void whatStillFeedsSomethingIsNotRemovedAndTheRefusalSaysWhatToDoFirst(Database db) {
        TwoFeedCabinet c = chain(db);

        assertThatThrownBy(() -> c.facade.removeSource(OPS, c.upsA, c.facade.source(ANALYST, c.upsA).version()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.getMessage()).contains("1 panel"));
        assertThatThrownBy(() -> c.facade.removeFeed(OPS, c.feedA, c.facade.feed(ANALYST, c.feedA).version()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.getMessage()).contains("2 power supplies"));

        c.facade.unplug(OPS, c.server.getId(), 1);
        c.facade.unplug(OPS, c.leaf.getId(), 1);
        c.facade.removeFeed(OPS, c.feedA, c.facade.feed(ANALYST, c.feedA).version());
        c.facade.removePanel(OPS, c.panelA, c.facade.panel(ANALYST, c.panelA).version());
        c.facade.removeSource(OPS, c.upsA, c.facade.source(ANALYST, c.upsA).version());

        assertThat(c.facade.sources(ANALYST, c.f.siteId)).extracting(ChainViews.SourceView::name)
                .containsExactly("UPS-B");
        assertThat(c.facade.deviceSupplies(ANALYST, c.server.getId()).plugged())
                .extracting(ChainViews.SupplyView::supplyIndex, ChainViews.SupplyView::feedName)
                .containsExactly(tuple(1, null), tuple(2, "A01-B"));
    }

    @BothDatabases
    void theExportedSheetsImportBackTheSameChainIntoASiteThatLostIt(Database db) {
        TwoFeedCabinet c = chain(db);
        byte[] circuits = export(c, ChainSheet.CIRCUITS, TableFormat.XLSX, Locale.SIMPLIFIED_CHINESE);
        byte[] supplies = export(c, ChainSheet.SUPPLIES, TableFormat.CSV, Locale.ENGLISH);
        String before = text(c, ChainSheet.CIRCUITS) + text(c, ChainSheet.SUPPLIES);
        assertThat(new String(supplies, StandardCharsets.UTF_8)).contains("room,cabinet,device,supply,feed")
                .contains(c.server.getAssetTag() + ",2,A01-B");
        removeEverything(c);

        ChainImportReport checked = c.facade.checkImport(OPS, c.f.siteId, ChainSheet.CIRCUITS, read(circuits));
        assertThat(checked.isValid()).isTrue();
        assertThat(checked.written()).isFalse();
        assertThat(checked.added()).as("2 sources, 2 panels, 2 feeds").isEqualTo(6);
        assertThat(c.facade.sources(ANALYST, c.f.siteId)).as("a check writes nothing").isEmpty();
        assertThat(c.facade.applyImport(OPS, c.f.siteId, ChainSheet.CIRCUITS, read(circuits)).written()).isTrue();
        assertThat(c.facade.applyImport(OPS, c.f.siteId, ChainSheet.SUPPLIES, read(supplies)).added()).isEqualTo(3);

        assertThat(text(c, ChainSheet.CIRCUITS) + text(c, ChainSheet.SUPPLIES)).isEqualTo(before);
        ChainImportReport again = c.facade.applyImport(OPS, c.f.siteId, ChainSheet.CIRCUITS, read(circuits));
        assertThat(again.added() + again.changed()).as("importing it twice changes nothing").isZero();
    }

    @BothDatabases
    void everyRefusedRowIsListedWithItsColumnAndNothingIsWritten(Database db) {
        TwoFeedCabinet c = chain(db);
        String csv = "source,source_kind,source_capacity_w,panel,panel_phases,panel_voltage_v,panel_rating_a,feed,"
                + "room,cabinet,side,phases,voltage_v,breaker_a,pdu\n"
                + "UPS-C,UPS,300000,PP-C,3,400,250,A02-C,,A02,A,1,230,32,\n"
                + "UPS-C,UPS,999,,,,,,,,,,,,\n"
                + "UPS-B,,,PP-B,3,400,400,A01-X,,Z99,A,1,230,32,\n"
                + "UPS-D,BATTERY,1000,,,,,,,,,,,,\n"
                + "UPS-A,,,PP-A,3,400,400,A02-A2,,A02,C,1,230,32,\n";

        ChainImportReport report = c.facade.applyImport(OPS, c.f.siteId, ChainSheet.CIRCUITS,
                new TableReader(100).read(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(report.written()).isFalse();
        assertThat(report.problems()).extracting(RowProblem::line, RowProblem::column).containsExactly(
                tuple(3, "source_capacity_w"), tuple(4, "cabinet"), tuple(5, "source_kind"), tuple(6, "side"));
        assertThat(c.facade.sources(ANALYST, c.f.siteId)).extracting(ChainViews.SourceView::name)
                .as("UPS-C of line 2 was valid, yet nothing is kept").containsExactly("UPS-A", "UPS-B");
    }

    private static byte[] export(TwoFeedCabinet c, ChainSheet sheet, TableFormat format, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.open(format, out)) {
            c.facade.export(ANALYST, c.f.siteId, sheet, locale, writer);
        }
        return out.toByteArray();
    }

    private static String text(TwoFeedCabinet c, ChainSheet sheet) {
        return new String(export(c, sheet, TableFormat.CSV, Locale.ENGLISH), StandardCharsets.UTF_8);
    }

    private static Table read(byte[] file) {
        return new TableReader(1_000).read(file);
    }

    /** The chain of {@link TwoFeedCabinet} with a 1+1 server, and a cabinet A02 without one. */
    private static TwoFeedCabinet chain(Database db) {
        TwoFeedCabinet c = new TwoFeedCabinet(db, 2, 1);
        c.f.cabinet("A02");
        return c;
    }

    private static void removeEverything(TwoFeedCabinet c) {
        for (Device d : List.of(c.server, c.leaf)) {
            c.facade.deviceSupplies(ANALYST, d.getId()).plugged().forEach(s -> c.facade.unplug(OPS, d.getId(),
                    s.supplyIndex()));
        }
        c.facade.feeds(ANALYST, c.f.siteId, null, io.dcim.common.paging.PageRequest.first(50, "name")).items()
                .forEach(x -> c.facade.removeFeed(OPS, x.id(), x.version()));
        c.facade.panels(ANALYST, c.f.siteId).forEach(p -> c.facade.removePanel(OPS, p.id(), p.version()));
        c.facade.sources(ANALYST, c.f.siteId).forEach(s -> c.facade.removeSource(OPS, s.id(), s.version()));
    }
}
