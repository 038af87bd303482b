package io.dcim.inventory.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.catalog.CatalogService;
import io.dcim.inventory.device.CabinetContents;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.site.SiteTotals;
import io.dcim.inventory.site.SiteTotalsQuery;
import io.dcim.testing.BothDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoSiteLoaderTest {

    @BothDatabases
    void seedsTheSmallSiteOnceAndNotAgainOnRestart(Database db) {
        DemoSiteLoader loader = new DemoSiteLoader(db, new CatalogService(db));

        assertThat(loader.seedIfEmpty(DemoScale.SMALL)).isTrue();
        SiteTotals first = new SiteTotalsQuery(db).all().get(0);
        assertThat(loader.seedIfEmpty(DemoScale.SMALL)).isFalse();

        assertThat(new SiteTotalsQuery(db).all()).containsExactly(first);
        assertThat(first.cabinets()).isEqualTo(200);
        assertThat(first.cabinetsEmpty()).as("some cabinets are left empty for growth").isBetween(10L, 60L);
        assertThat(first.gpus()).isEqualTo(count(db, "select count(g) from Gpu g"));
        assertThat(first.gpusAllocated()).isPositive().isLessThan(first.gpus());
        assertThat(first.typicalW()).isLessThanOrEqualTo(first.contractedW());
    }

    @BothDatabases
    void demoDataObeysEveryRackRule(Database db) {
        new DemoSiteLoader(db, new CatalogService(db)).seedIfEmpty(DemoScale.SMALL);

        db.execute(session -> {
            Map<Cabinet, List<Device>> byCabinet = session.createQuery(
                            "select d from Device d join fetch d.model join fetch d.cabinet", Device.class)
                    .getResultList().stream().collect(Collectors.groupingBy(Device::getCabinet));
            assertThat(byCabinet).hasSize(200);
            byCabinet.forEach((cabinet, devices) -> {
                int usedU = cabinet.getUsedU();
                long typicalW = cabinet.getTypicalW();
                CabinetContents replay = new CabinetContents(cabinet, List.of());
                for (Device device : devices) {
                    // Re-placing every device one by one must pass the same checks the service makes.
                    replay.checkSpace(device, device.getModel(), device.getPositionU(), device.getFace());
                    replay.checkPower(device, device.getModel(), device.getStatus(), false);
                    replay.add(device);
                }
                replay.updateOccupancy();
                assertThat(cabinet.getUsedU()).as("stored U of %s", cabinet.getName()).isEqualTo(usedU);
                assertThat(cabinet.getTypicalW()).as("stored W of %s", cabinet.getName()).isEqualTo(typicalW);
            });
            List<Object[]> slots = session.createQuery("select g.server.id, count(g) from Gpu g group by g.server.id",
                    Object[].class).getResultList();
            List<Long> tooMany = new ArrayList<>();
            slots.stream().filter(r -> (Long) r[1] > 8).forEach(r -> tooMany.add((Long) r[0]));
            assertThat(tooMany).isEmpty();
        });
    }

    @Test
    void parsesTheScaleNamingTheVariableWhenWrong() {
        assertThat(DemoScale.parse(null)).isEqualTo(DemoScale.SMALL);
        assertThat(DemoScale.parse(" Full ")).isEqualTo(DemoScale.FULL);
        assertThat(DemoScale.FULL.cabinets()).isEqualTo(4_000);
        assertThatThrownBy(() -> DemoScale.parse("huge"))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("DCIM_DEMO:");
    }

    private static long count(Database db, String hql) {
        return db.read(s -> s.createQuery(hql, Long.class).getSingleResult());
    }
}
