package io.dcim.console.power;

import org.apache.wicket.protocol.http.WebApplication;

/** Where the power and cooling pages live in the URL space. */
public final class PowerPages {

    private PowerPages() {
    }

    public static void mount(WebApplication app) {
        app.mountPage("/alarms", AlarmsPage.class);
        app.mountPage("/power", SitePowerPage.class);
        app.mountPage("/snmp-targets", SnmpTargetsPage.class);
        app.mountPage("/snmp-target", SnmpTargetPage.class);
        app.mountPage("/snmp-profiles", SnmpProfilesPage.class);
        app.mountPage("/collectors", CollectorsPage.class);
        app.mountPage("/power/thresholds", ThresholdsPage.class);
        app.mountPage("/failover", FailoverPage.class);
        app.mountPage("/energy", io.dcim.console.energy.EnergyReportPage.class);
        app.mountPage("/energy-contracts", io.dcim.console.energy.SupplyContractsPage.class);
        app.mountPage("/energy-contract", io.dcim.console.energy.SupplyContractEditPage.class);
        app.mountResource(PowerChartResource.PATH, PowerChartResource.REFERENCE);
    }
}
