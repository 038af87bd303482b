package io.dcim.power.demo;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.catalog.CatalogService;
import io.dcim.inventory.demo.DemoScale;
import io.dcim.inventory.demo.DemoSiteLoader;
import io.dcim.power.PowerModule;
import io.dcim.power.secret.CredentialCipher;
import io.dcim.power.snmp.PollerConfig;
import io.dcim.testing.DemoSnapshot;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** The small demo site the demo ITs start from, and the power module they poll its simulators with. */
final class SmallDemoSite {

    private SmallDemoSite() {
    }

    /**
     * Seeds the small demo site, once per test database and copied back for each later test (seeding it is slow).
     *
     * @return the site's id
     */
    static long seed(Database db) {
        DemoSnapshot.seed(db, () -> new DemoSiteLoader(db, new CatalogService(db)).seedIfEmpty(DemoScale.SMALL));
        return db.read(s -> s.createQuery("select s.id from Site s", Long.class).getSingleResult());
    }

    /** A fresh credential key, with the SNMP poller on a free loopback port so that tests never collide. */
    static PowerModule.Config loopbackPowerConfig() {
        return PowerModule.Config.defaults(CredentialCipher.fromBase64Key(CredentialCipher.generateBase64Key()))
                .withPoller(PollerConfig.defaults().withBindAddress(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0)));
    }
}
