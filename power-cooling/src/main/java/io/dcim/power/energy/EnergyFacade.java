package io.dcim.power.energy;

import static io.dcim.common.access.Permission.ENERGY_EDIT;
import static io.dcim.common.access.Permission.ENERGY_REPORT;

import io.dcim.common.access.Caller;
import io.dcim.common.access.UseCase;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.common.persistence.Database;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.List;

/**
 * The energy report and the supply contracts it takes its renewable share from, as every door calls them: the
 * report, its workbook and the contracts are read with {@code energy.report}; recording, changing and removing a
 * contract needs {@code energy.edit}, each in one transaction under the caller's name.
 */
public final class EnergyFacade {

    /** Years a report can be asked for: the product keeps no readings from before, nor any from after. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private final Database db;
    private final EnergyReports reports;
    private final SupplyContracts contracts = new SupplyContracts();

    public EnergyFacade(Database db, EnergyQueries energy, EnergyTargets targets, Clock clock) {
        this.db = db;
        this.reports = new EnergyReports(db, energy, targets, clock);
    }

    /** The site's energy year, each figure against the targets. */
    public EnergyReport report(Caller caller, long siteId, int year) {
        checkYear(year);
        return UseCase.call(caller, ENERGY_REPORT, () -> reports.year(siteId, year));
    }

    /**
     * The report as XLSX in the caller's language, whole (a few kilobytes): a refusal comes before the first byte
     * is sent, never as a broken file.
     */
    public byte[] workbook(Caller caller, long siteId, int year) {
        EnergyReport report = report(caller, siteId, year);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EnergyWorkbook.write(report, caller.locale(), out);
        return out.toByteArray();
    }

    public List<ContractView> contracts(Caller caller, long siteId) {
        return UseCase.run(db, caller, ENERGY_REPORT, session -> SupplyContracts.ofSite(session, siteId));
    }

    public ContractView contract(Caller caller, long id) {
        return UseCase.run(db, caller, ENERGY_REPORT, session -> contracts.find(session, id));
    }

    public ContractView addContract(Caller caller, long siteId, ContractTerms terms) {
        return UseCase.run(db, caller, ENERGY_EDIT, session -> contracts.create(session, siteId, terms));
    }

    public ContractView editContract(Caller caller, long id, int expectedVersion, ContractTerms terms) {
        return UseCase.run(db, caller, ENERGY_EDIT, session -> contracts.edit(session, id, expectedVersion, terms));
    }

    public void removeContract(Caller caller, long id, int expectedVersion) {
        UseCase.perform(db, caller, ENERGY_EDIT, session -> contracts.delete(session, id, expectedVersion));
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidValueException("year", Message.of("power.energy.year", FIRST_YEAR, LAST_YEAR, year));
        }
    }
}
