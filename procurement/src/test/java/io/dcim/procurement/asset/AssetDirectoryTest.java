package io.dcim.procurement.asset;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.procurement.testing.ProcurementFixture;
import io.dcim.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

class AssetDirectoryTest {

    @Test
    void listsTheDevicesOnASitesBooksWithTheEndOfTheirUsefulLife() {
        try (TestDatabase database = TestDatabase.h2()) {
            Database db = database.database();
            ProcurementFixture f = new ProcurementFixture(db);
            LocalDate inService = LocalDate.of(2024, 1, 15);
            FixedAsset server = f.asset(AssetClass.SERVER, "100000.00", inService, f.siteId(), null);
            f.asset(AssetClass.NETWORK, "5000.00", inService, null, null);

            List<AssetDirectory.DeviceLife> lives = db.read((Session s) -> AssetDirectory.devicesInUseAtSite(s, f.siteId()));
            assertThat(lives).singleElement().satisfies(life -> {
                assertThat(life.deviceId()).isEqualTo(server.getDeviceId());
                assertThat(life.inServiceDate()).isEqualTo(inService);
                assertThat(life.usefulLifeMonths()).isPositive();
                assertThat(life.endOfLife()).isEqualTo(inService.plusMonths(life.usefulLifeMonths()));
            });
        }
    }
}
