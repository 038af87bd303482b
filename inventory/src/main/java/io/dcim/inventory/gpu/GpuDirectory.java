package io.dcim.inventory.gpu;

import java.util.List;
import org.hibernate.Session;

/** What other modules ask about cards: which sit in a server, in which slot, under which serial number. */
public final class GpuDirectory {

    /** A card in a server: its slot, serial, status and whether a tenant holds it. */
    public record Card(long id, long serverId, String serial, Integer slot, GpuStatus status, boolean allocated) {
    }

    private static final String CARDS = "select new io.dcim.inventory.gpu.GpuDirectory$Card(g.id, g.server.id,"
            + " g.serial, g.slotIndex, g.status, case when g.tenant is null then false else true end) from Gpu g";

    private GpuDirectory() {
    }

    /** The cards in one server, by slot. */
    public static List<Card> inServer(Session session, long serverId) {
        return session.createQuery(CARDS + " where g.server.id = :server order by g.slotIndex, g.id", Card.class)
                .setParameter("server", serverId).getResultList();
    }

    /** The cards in the servers of a site, by server and slot. */
    public static List<Card> inServersOfSite(Session session, long siteId) {
        return session.createQuery(CARDS + " where g.server is not null and g.server.room.site.id = :site"
                        + " order by g.server.id, g.slotIndex, g.id", Card.class)
                .setParameter("site", siteId).getResultList();
    }
}
