package io.dcim.console.power;

import static org.assertj.core.api.Assertions.assertThat;

import io.dcim.common.persistence.Database;
import io.dcim.power.PowerModule;
import io.dcim.power.demo.DemoOptions;
import io.dcim.power.load.SiteLoad;
import io.dcim.power.profile.Metrics;
import io.dcim.power.reading.TargetReading;
import io.dcim.power.snmp.SnmpVersion;
import io.dcim.power.endpoint.TargetCredentials;
import io.dcim.power.endpoint.TargetRole;
import io.dcim.power.endpoint.TargetSpec;
import io.dcim.power.endpoint.TargetView;
import io.dcim.testing.BothDatabases;
import io.dcim.app.Services;
import io.dcim.web.LivePower;
import io.dcim.web.WebTesting;
import io.dcim.identity.role.Role;
import io.dcim.console.layout.Format;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.wicket.request.mapper.parameter.PageParameters;

/**
 * The site power page on the demo site with a UPS that reports no input power and a PDU placed in no room: the
 * facility power is shown incomplete, naming the UPS, and the room table adds up to the site's IT load.
 */
class SitePowerPageFacilityTest {

    @BothDatabases
    void aUpsWithoutInputPowerMakesTheFacilityIncompleteAndPdusInNoRoomHaveTheirOwnRow(Database db) throws Exception {
        Services services = WebTesting.demoSite(db);
        long siteId = services.sites().sites().get(0).getId();
        long roomId = services.sites().rooms(siteId).get(0).getId();
        try (LivePower live = LivePower.start(services, db, DemoOptions.DEFAULT.withoutHistory())) {
            PowerModule power = live.power();
            TargetView ups = power.targets().create(TargetSpec.pdu("ups-without-input", "127.0.0.1",
                    SnmpVersion.V2C, TargetCredentials.community("c"), "ups-mib", siteId, null, null)
                    .withPlace(siteId, roomId, null).withPower(TargetRole.UPS, null, null));
            TargetView loose = power.targets().create(TargetSpec.pdu("pdu-in-no-room", "127.0.0.1",
                    SnmpVersion.V2C, TargetCredentials.community("c"), "apc-rpdu2", siteId, null, null));
            power.readings().append(List.of(
                    new TargetReading(ups.id(), Metrics.UPS_OUTPUT_POWER_W, Instant.now(), 6_300),
                    new TargetReading(loose.id(), Metrics.PDU_POWER_W, Instant.now(), 2_400)));
            SiteLoad load = power.loads().site(siteId);
            try (var tester = WebTesting.signedIn(services, Role.ANALYST)) {
                tester.startPage(SitePowerPage.class, new PageParameters().set("site", siteId));

                tester.assertVisible("figures:facilityGaps");
                tester.assertContains("Facility power is incomplete: 1 of the meters or UPSes");
                tester.assertContains("ups-without-input</a>: <span>no " + Metrics.UPS_INPUT_POWER_W + " reading");
                tester.assertLabel("figures:pue", "—");
                tester.assertVisible("figures:rooms:notInRoom");
                tester.assertLabel("figures:rooms:notInRoom:itKw", Format.kw(2_400));
                tester.assertLabel("figures:rooms:totalKw", Format.kw(load.itW()));
                assertThat(load.itW()).isEqualTo(load.rooms().stream().mapToLong(r -> r.itW()).sum() + 2_400);

                tester.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
                tester.startPage(SitePowerPage.class, new PageParameters().set("site", siteId));
                tester.assertContains("设施功率不完整");
                tester.assertContains("未分配机房");
                WebTesting.assertSerializable(tester.getLastRenderedPage());
            }
        }
    }
}
