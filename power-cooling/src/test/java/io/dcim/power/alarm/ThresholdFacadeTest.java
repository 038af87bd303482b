package io.dcim.power.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.error.NotPermittedException;
import io.dcim.common.persistence.Database;
import io.dcim.power.PowerFixture;
import io.dcim.testing.BothDatabases;
import java.util.List;

class ThresholdFacadeTest {

    private static final Caller OPS = Caller.of("ops-1", Permission.THRESHOLD_EDIT);
    private static final Caller ANALYST = Caller.of("analyst-1", Permission.READ);

    @BothDatabases
    void changingLevelsWithoutThresholdEditIsRefusedAndTheDefaultsStay(Database db, PowerFixture f) {
        ThresholdFacade facade = new ThresholdFacade(db, f.thresholds);
        ThresholdView kept = facade.overrideSite(OPS, f.siteId, AlarmKind.INLET_TEMP, ThresholdSpec.of("25", null, null),
                null);

        assertThatThrownBy(() -> facade.overrideSite(ANALYST, f.siteId, AlarmKind.CABINET_POWER,
                ThresholdSpec.of("70", null, null), null)).isInstanceOfSatisfying(NotPermittedException.class,
                e -> assertThat(e.missing()).isEqualTo(Permission.THRESHOLD_EDIT));
        assertThatThrownBy(() -> facade.overrideCabinet(ANALYST, f.base.cabinet.getId(), AlarmKind.CABINET_POWER,
                ThresholdSpec.of("70", null, null), null)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> facade.clear(ANALYST, kept.id(), kept.version()))
                .isInstanceOf(NotPermittedException.class);

        assertThat(f.thresholds.overrides(f.siteId)).extracting(ThresholdView::id).containsExactly(kept.id());
        assertThat(f.thresholds.effective(AlarmKind.CABINET_POWER, f.siteId, null).warning())
                .isEqualByComparingTo("80");
    }

    @BothDatabases
    void opsOverrideASiteAndACabinetAndClearTheOverrideUnderTheirName(Database db, PowerFixture f) {
        ThresholdFacade facade = new ThresholdFacade(db, f.thresholds);
        long cabinet = f.base.cabinet.getId();

        ThresholdView site = facade.overrideSite(OPS, f.siteId, AlarmKind.CABINET_POWER,
                ThresholdSpec.of("70", null, null), null);
        facade.overrideCabinet(OPS, cabinet, AlarmKind.CABINET_POWER, ThresholdSpec.of("90", "98", "2"), null);
        assertThat(f.thresholds.effective(AlarmKind.CABINET_POWER, f.siteId, null).warning())
                .isEqualByComparingTo("70");
        assertThat(f.thresholds.effective(AlarmKind.CABINET_POWER, f.siteId, cabinet).critical())
                .isEqualByComparingTo("98");

        facade.clear(OPS, site.id(), site.version());

        assertThat(f.thresholds.effective(AlarmKind.CABINET_POWER, f.siteId, null).warning())
                .as("the default applies again").isEqualByComparingTo("80");
        List<String> actors = db.read(s -> s.createNativeQuery("select distinct r.actor from power_threshold_aud a"
                + " join revinfo r on r.id = a.rev", String.class).getResultList());
        assertThat(actors).as("history records the caller").containsExactly("ops-1");
    }
}
