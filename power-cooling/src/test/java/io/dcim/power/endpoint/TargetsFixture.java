package io.dcim.power.endpoint;

import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.power.profile.ProfileCatalog;
import io.dcim.power.reading.ReadingStore;
import io.dcim.power.secret.CredentialCipher;
import io.dcim.power.snmp.SnmpVersion;
import io.dcim.testing.InventoryFixture;
import io.dcim.testing.MutableClock;

/** A site with one cabinet and the target service over it, with a fresh credential key. */
public final class TargetsFixture {

    public final InventoryFixture inventory;
    public final CredentialCipher cipher = CredentialCipher.fromBase64Key(CredentialCipher.generateBase64Key());
    public final MutableClock clock = new MutableClock();
    public final ReadingStore readings;
    public final TargetService targets;
    public final Cabinet cabinet;

    public TargetsFixture(Database db) {
        this.inventory = new InventoryFixture(db);
        this.readings = new ReadingStore(db, clock);
        this.targets = new TargetService(db, ProfileCatalog.builtIn(), cipher, readings);
        this.cabinet = inventory.cabinet("A01");
    }

    /** An APC rack PDU on feed A of the cabinet, polled over v2c. */
    public TargetSpec pduSpec(String name) {
        return TargetSpec.pdu(name, "10.20.0.17", SnmpVersion.V2C, TargetCredentials.community("s3cret-community"),
                "apc-rpdu2", inventory.site.getId(), cabinet.getId(), Feed.A);
    }

    public TargetView pdu(String name) {
        return targets.create(pduSpec(name));
    }
}
