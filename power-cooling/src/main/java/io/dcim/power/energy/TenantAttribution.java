package io.dcim.power.energy;

import io.dcim.inventory.device.DeviceDirectory.Powered;
import io.dcim.inventory.device.DeviceDirectory.Tenancy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits each cabinet's measured energy over the tenants of its devices.
 *
 * <p>A cabinet's energy (the sum of its PDUs') goes to the devices in it that draw power (installed, in service,
 * in maintenance) in proportion to their model's typical draw: the PDUs measure the cabinet, not each server, and
 * the typical draw is the best common measure of what each device takes of it. A device rented whole to a tenant
 * gives its share to that tenant; otherwise its share is split by its GPUs, each GPU allocated to a tenant carrying
 * an equal part (unallocated GPUs' parts, devices nobody uses and cabinets with no drawing device are the
 * operator's own: in no tenant). Tenancy is today's: the inventory keeps no allocation by month.
 */
final class TenantAttribution {

    private TenantAttribution() {
    }

    static Map<Long, Long> split(Map<Long, Double> cabinetWh, List<Powered> devices, Map<Long, Tenancy> tenancy) {
        Map<Long, Long> typicalByCabinet = new HashMap<>();
        for (Powered d : devices) {
            if (draws(d)) {
                typicalByCabinet.merge(d.cabinetId(), (long) d.typicalW(), Long::sum);
            }
        }
        Map<Long, Double> byTenant = new HashMap<>();
        for (Powered d : devices) {
            Double wh = cabinetWh.get(d.cabinetId());
            long cabinetTypical = typicalByCabinet.getOrDefault(d.cabinetId(), 0L);
            if (wh == null || !draws(d) || cabinetTypical == 0) {
                continue;
            }
            double share = wh * d.typicalW() / cabinetTypical;
            Tenancy t = tenancy.get(d.id());
            if (t == null) {
                continue;
            }
            if (t.tenantId() != null) {
                byTenant.merge(t.tenantId(), share, Double::sum);
            } else if (t.gpus() > 0) {
                t.gpusByTenant().forEach((tenant, gpus) -> byTenant.merge(tenant, share * gpus / t.gpus(),
                        Double::sum));
            }
        }
        Map<Long, Long> out = new HashMap<>();
        byTenant.forEach((tenant, wh) -> out.put(tenant, Math.round(wh)));
        return out;
    }

    private static boolean draws(Powered d) {
        return d.status().requiresLocation() && d.typicalW() > 0;
    }
}
