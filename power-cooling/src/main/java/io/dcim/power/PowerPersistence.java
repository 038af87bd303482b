package io.dcim.power;

import io.dcim.common.persistence.PersistenceUnit;
import io.dcim.power.alarm.Alarm;
import io.dcim.power.alarm.ThresholdOverride;
import io.dcim.power.endpoint.PollState;
import io.dcim.power.endpoint.SnmpTarget;
import java.util.List;

/**
 * The power-cooling module's entities. Readings and poll statuses are not written as entities (poll statuses are
 * mapped read-only as {@link PollState} for list filters): they are written in
 * bulk with JDBC ({@link io.dcim.power.reading.ReadingStore}), their tables are still owned by Flyway.
 */
public final class PowerPersistence implements PersistenceUnit {

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(SnmpTarget.class, ThresholdOverride.class, Alarm.class, PollState.class,
                io.dcim.power.chain.PowerSource.class, io.dcim.power.chain.PowerPanel.class,
                io.dcim.power.chain.PowerFeed.class, io.dcim.power.chain.SupplySpec.class,
                io.dcim.power.chain.DeviceSupply.class, io.dcim.power.chain.ChainSetting.class,
                io.dcim.power.webhook.WebhookRule.class, io.dcim.power.webhook.WebhookDelivery.class,
                io.dcim.power.energy.SupplyContract.class, io.dcim.power.remote.RemoteCollector.class);
    }
}
