package io.dcim.inventory.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.Face;
import io.dcim.inventory.tenant.TenantJoin;
import io.dcim.inventory.tenant.TenantKind;
import io.dcim.inventory.tenant.TenantService;
import io.dcim.testing.InventoryFixture;
import io.dcim.testing.TestDatabase;
import java.util.List;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

class GpuCountsTest {

    @Test
    void countsASitesCardsInServiceAndEverySitesCardsByModel() {
        try (TestDatabase database = TestDatabase.h2()) {
            Database db = database.database();
            InventoryFixture f = new InventoryFixture(db);
            GpuService gpus = new GpuService(db);
            long tenant = new TenantService(db).create("Lab", TenantKind.UNIVERSITY).getId();
            Device server = f.install(f.h100Server(), f.cabinet("A01"), 1, Face.FRONT);
            long h100 = f.gpuModel("H100 SXM5 80GB").getId();
            gpus.register(new NewGpu("G-1", h100, server.getId(), null, GpuStatus.IN_SERVICE, tenant));
            gpus.register(new NewGpu("G-2", h100, server.getId(), null, GpuStatus.IN_SERVICE, null));
            gpus.register(new NewGpu("G-3", h100, server.getId(), null, GpuStatus.FAULTY, null));

            assertThat(db.read((Session s) -> GpuCounts.inServiceAtSite(s, f.site.getId()))).isEqualTo(2);
            assertThat(db.read((Session s) -> GpuCounts.inServiceAtSite(s, -1))).isZero();
            assertThat(db.read(GpuCounts::bySiteAndModel)).containsExactly(
                    new GpuCounts.OfModelAtSite(f.site.getId(), "H100 SXM5 80GB", 3, 2, 1));

            TenantJoin join = TenantJoin.as("t");
            List<String> allocated = db.read((Session s) -> s.createQuery("select g.serial || '@' || " + join.name()
                    + " from Gpu g" + join.on("g.tenant.id"), String.class).getResultList());
            assertThat(allocated).containsExactly("G-1@Lab");
        }
    }
}
