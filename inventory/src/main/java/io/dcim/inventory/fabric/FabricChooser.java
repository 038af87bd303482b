package io.dcim.inventory.fabric;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.paging.Like;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.port.PortKind;
import java.util.Arrays;
import java.util.List;
import org.hibernate.Session;

/**
 * Picks a plan's devices from a {@link FabricSelection}: installed devices in cabinets of the site
 * (or room) with at least one active port of the plan's speed, in floor order (room, cabinet in
 * natural order, U from the bottom), the order in which the plan fills cabinets. The first servers
 * are the plan's servers; the first switches its leaves, then spines, then super-spines. Fewer
 * than the plan needs is refused naming the selection's field.
 */
final class FabricChooser {

    private FabricChooser() {
    }

    static FabricDevices choose(Session session, FabricRequest request, FabricSelection selection) {
        FabricShape shape = FabricShape.of(request);
        List<PortKind> kinds = Arrays.stream(PortKind.values())
                .filter(k -> !k.isPassive() && k.speedGbps() == request.portSpeedGbps()).toList();
        if (kinds.isEmpty()) {
            throw new InvalidValueException("portSpeedGbps", Message.of("inventory.fabric.noPortsOfSpeed",
                    request.portSpeedGbps()));
        }
        List<Long> servers = devices(session, selection, kinds, true, selection.serverMatch(), shape.servers());
        if (servers.size() < shape.servers()) {
            throw new InvalidValueException("serverMatch", Message.of("inventory.fabric.tooFewServers",
                    servers.size(), request.portSpeedGbps(), shape.servers()));
        }
        int switchesNeeded = shape.leaves() + shape.spines() + shape.superSpines();
        List<Long> switches = devices(session, selection, kinds, false, selection.switchMatch(), switchesNeeded);
        if (switches.size() < switchesNeeded) {
            throw new InvalidValueException("switchMatch", Message.of("inventory.fabric.tooFewSwitches",
                    switches.size(), request.portSpeedGbps(), switchesNeeded));
        }
        int spinesFrom = shape.leaves();
        int supersFrom = spinesFrom + shape.spines();
        return new FabricDevices(servers, switches.subList(0, spinesFrom), switches.subList(spinesFrom, supersFrom),
                switches.subList(supersFrom, switchesNeeded));
    }

    private static List<Long> devices(Session session, FabricSelection selection, List<PortKind> kinds, boolean servers,
            String match, int needed) {
        StringBuilder hql = new StringBuilder("select d.id from Device d join d.cabinet c join d.room r join d.model m"
                + " where r.site.id = :site and m.kind " + (servers ? "= :gpu" : "= :switch")
                + " and exists (select 1 from Port p where p.device = d and p.kind in :kinds)");
        if (selection.roomId() != null) {
            hql.append(" and r.id = :room");
        }
        if (match != null) {
            hql.append(" and (d.assetTagKey like :match or upper(d.name) like :match)");
        }
        hql.append(" order by r.name, c.sortKey, d.positionU, d.id");
        var query = session.createQuery(hql.toString(), Long.class).setParameter("site", selection.siteId())
                .setParameter("kinds", kinds).setMaxResults(needed);
        query.setParameter(servers ? "gpu" : "switch", servers ? DeviceKind.GPU_SERVER : DeviceKind.NETWORK_SWITCH);
        if (selection.roomId() != null) {
            query.setParameter("room", selection.roomId());
        }
        if (match != null) {
            query.setParameter("match", Like.contains(match));
        }
        return query.getResultList();
    }
}
