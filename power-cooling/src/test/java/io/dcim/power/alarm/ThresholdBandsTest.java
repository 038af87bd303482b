package io.dcim.power.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.power.PowerFixture;
import io.dcim.testing.BothDatabases;
import java.util.Optional;

/** Pages colour figures by the same levels the alarms use, overrides included. */
class ThresholdBandsTest {

    @BothDatabases
    void aFigureIsColouredByTheLevelsThatApplyToItsSubject(PowerFixture f) {
        Cabinet a01 = f.base.cabinet;
        Cabinet a02 = f.cabinet("A02");
        f.thresholds.setForSite(f.siteId, AlarmKind.CABINET_POWER, ThresholdSpec.of("70", null, null), null);
        f.thresholds.setForCabinet(a01.getId(), AlarmKind.CABINET_POWER, ThresholdSpec.of("90", "98", "2"), null);

        ThresholdService.Resolver levels = f.thresholds.resolver();

        assertThat(levels.severity(AlarmKind.CABINET_POWER, f.siteId, a02.getId(), 75)).as("site's 70 %, not the default 80 %")
                .contains(Severity.WARNING);
        assertThat(levels.severity(AlarmKind.CABINET_POWER, f.siteId, a01.getId(), 85)).as("the cabinet's own 90 %")
                .isEmpty();
        assertThat(levels.severity(AlarmKind.CABINET_POWER, f.siteId, a01.getId(), 96)).contains(Severity.WARNING);
        assertThat(levels.severity(AlarmKind.CABINET_POWER, f.siteId, a01.getId(), 98.5)).contains(Severity.CRITICAL);
        assertThat(levels.severity(AlarmKind.CABINET_POWER, f.siteId, a02.getId(), 95.5)).as("default critical 95 %")
                .contains(Severity.CRITICAL);
        assertThat(levels.severity(AlarmKind.CABINET_POWER, f.siteId, a02.getId(), 70)).as("at the level is not past it")
                .isEqualTo(Optional.empty());
        assertThat(levels.severity(AlarmKind.TARGET_UNREACHABLE, f.siteId, null, 3)).as("a count is reached at its level")
                .contains(Severity.WARNING);
    }
}
