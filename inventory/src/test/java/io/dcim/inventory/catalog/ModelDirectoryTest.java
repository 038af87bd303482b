package io.dcim.inventory.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.testing.InventoryFixture;
import io.dcim.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

class ModelDirectoryTest {

    @Test
    void tellsTheGpuSlotsOfModelsAndJoinsGpuModelsForTheirNames() {
        try (TestDatabase database = TestDatabase.h2()) {
            Database db = database.database();
            InventoryFixture f = new InventoryFixture(db);
            long server = f.h100Server().getId();
            long leaf = f.leafSwitch().getId();

            assertThat(db.read((Session s) -> ModelDirectory.gpuSlots(s, List.of(server, leaf, -1L))))
                    .isEqualTo(Map.of(server, 8, leaf, 0));

            GpuModelJoin gpu = GpuModelJoin.as("g");
            List<String> names = db.read((Session s) -> s.createQuery("select " + gpu.name() + " from DeviceModel m"
                    + gpu.on("m.defaultGpuModel.id") + " where m.id = :id", String.class).setParameter("id", server)
                    .getResultList());
            assertThat(names).containsExactly("H100 SXM5 80GB");
        }
    }
}
