package io.dcim.procurement.asset;

import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;

/** What other modules ask about fixed assets, answered here so that no query outside procurement names their fields. */
public final class AssetDirectory {

    /** When an asset's useful life ends, and the device it is. */
    public record DeviceLife(long deviceId, LocalDate inServiceDate, int usefulLifeMonths) {

        public LocalDate endOfLife() {
            return inServiceDate.plusMonths(usefulLifeMonths);
        }
    }

    private AssetDirectory() {
    }

    /** The site's assets not disposed of that are a device of the inventory. */
    public static List<DeviceLife> devicesInUseAtSite(Session session, long siteId) {
        return session.createQuery("select new io.dcim.procurement.asset.AssetDirectory$DeviceLife(a.deviceId,"
                        + " a.inServiceDate, a.usefulLifeMonths) from FixedAsset a where a.siteId = :site"
                        + " and a.disposedOn is null and a.deviceId is not null", DeviceLife.class)
                .setParameter("site", siteId).getResultList();
    }
}
