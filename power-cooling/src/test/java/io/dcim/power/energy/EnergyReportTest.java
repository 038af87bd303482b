package io.dcim.power.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.access.Caller;
import io.dcim.common.access.Permission;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.NotPermittedException;
import io.dcim.common.persistence.Database;
import io.dcim.inventory.cabinet.Cabinet;
import io.dcim.inventory.device.Device;
import io.dcim.inventory.device.Face;
import io.dcim.inventory.gpu.GpuService;
import io.dcim.inventory.gpu.GpuStatus;
import io.dcim.inventory.site.Site;
import io.dcim.inventory.site.SiteDetails;
import io.dcim.power.PowerFixture;
import io.dcim.power.PowerFixture.Meter;
import io.dcim.power.endpoint.Feed;
import io.dcim.power.endpoint.TargetView;
import io.dcim.power.load.FacilitySource;
import io.dcim.power.load.LoadSettings;
import io.dcim.power.profile.Metrics;
import io.dcim.testing.BothDatabases;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Three cabinets: A01 with a PDU, A02 with a server of 8 GPUs in service and no PDU, A03 empty. A UPS is the
 * facility. January 2024: one hour at 20 kW IT, 30 kW facility, with a 20 % renewable contract for 2024.
 * January 2025: two hours at 10 kW IT, 13 kW facility, and 13 kWh of green power bought for January; February
 * 2025: one hour at 8 kW, 12.8 kW. Grid factor 0.581 kg/kWh. Read on 1 June 2025.
 */
class EnergyReportTest {

    private static final Caller ANALYST = Caller.of("analyst", Permission.READ, Permission.ENERGY_REPORT);
    private static final Caller OPS = Caller.of("ops", Permission.READ, Permission.ENERGY_REPORT,
            Permission.ENERGY_EDIT);

    @BothDatabases
    void marksEachMonthAndTheYearAgainstTheTargets(Fixture x) {
        EnergyReport report = x.facade.report(ANALYST, x.f.siteId, 2025);

        assertThat(report.facilitySource()).isEqualTo(FacilitySource.UPS_INPUT);
        assertThat(report.months()).hasSize(12);
        EnergyFigures jan = report.months().get(0).figures();
        // 20 kWh IT, 26 kWh facility: PUE 1.300, under 1.5 but not under 1.25
        assertThat(jan.itKwh()).isEqualByComparingTo("20.0");
        assertThat(jan.facilityKwh()).isEqualByComparingTo("26.0");
        assertThat(jan.pue()).isEqualByComparingTo("1.300");
        assertThat(jan.pueMark()).isEqualTo(Mark.PASS);
        assertThat(jan.pueNewLargeMark()).isEqualTo(Mark.FAIL);
        // A01 drew, A02 holds a server and has no PDU, A03 is empty: 2 of 3
        assertThat(jan.cabinetsInUse()).isEqualTo(2);
        assertThat(jan.cabinetsLeased()).isEqualTo(3);
        assertThat(jan.occupancyPct()).isEqualByComparingTo("66.7");
        assertThat(jan.occupancyMark()).isEqualTo(Mark.PASS);
        // 13 of 26 kWh green: 50.0 %, January 2024 had 20 %: needs 22 %
        assertThat(jan.renewableKwh()).isEqualByComparingTo("13.0");
        assertThat(jan.renewableSharePct()).isEqualByComparingTo("50.0");
        assertThat(jan.renewableMark()).isEqualTo(Mark.PASS);
        assertThat(jan.co2Kg()).as("26 x 0.581 = 15.106").isEqualByComparingTo("15.1");
        // 8 GPUs x 744 h; 20 kWh / 5,952 = 0.00336, the same as January 2024's 20 / 5,952: not lower
        assertThat(jan.gpuHours()).isEqualTo(5_952);
        assertThat(jan.itKwhPerGpuHour()).isEqualByComparingTo("0.003");
        assertThat(jan.perGpuHourMark()).isEqualTo(Mark.FAIL);
        EnergyFigures feb = report.months().get(1).figures();
        assertThat(feb.pue()).isEqualByComparingTo("1.600");
        assertThat(feb.pueMark()).isEqualTo(Mark.FAIL);
        assertThat(feb.renewableSharePct()).isEqualByComparingTo("0.0");
        assertThat(feb.renewableMark()).as("February 2024 was not measured").isEqualTo(Mark.UNKNOWN);
        EnergyReport.Month march = report.months().get(2);
        assertThat(march.measured()).isFalse();
        assertThat(march.figures().pueMark()).isEqualTo(Mark.UNKNOWN);
        assertThat(march.figures().cabinetsLeased()).isEqualTo(3);
        EnergyFigures year = report.total();
        // 28 kWh IT, 38.8 facility: 1.386; 13 / 38.8 = 33.5 % against 2024's 20.0 % x 1.1 = 22.0 %
        assertThat(year.itKwh()).isEqualByComparingTo("28.0");
        assertThat(year.facilityKwh()).isEqualByComparingTo("38.8");
        assertThat(year.pue()).isEqualByComparingTo("1.386");
        assertThat(year.occupancyPct()).as("4 of 6 cabinet-months").isEqualByComparingTo("66.7");
        assertThat(year.renewableSharePct()).isEqualByComparingTo("33.5");
        assertThat(report.previousRenewableSharePct()).isEqualByComparingTo("20.0");
        assertThat(year.renewableMark()).isEqualTo(Mark.PASS);
        assertThat(year.co2Kg()).as("38.8 x 0.581 = 22.5428").isEqualByComparingTo("22.5");
        // 28 / (8 x 1,416 h) = 0.00247 kWh per GPU-hour, below 2024's 0.00336
        assertThat(year.gpuHours()).isEqualTo(11_328);
        assertThat(year.perGpuHourMark()).isEqualTo(Mark.PASS);
    }

    @BothDatabases
    void theWorkbookCarriesTheFiguresAndTheMarksInTheReadersLanguage(Fixture x) throws Exception {
        byte[] xlsx = x.facade.workbook(new Caller(null, "analyst", ANALYST.permissions(), Locale.SIMPLIFIED_CHINESE),
                x.f.siteId, 2025);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row head = book.getSheetAt(0).getRow(2);
            Row jan = book.getSheetAt(0).getRow(3);
            Row year = book.getSheetAt(0).getRow(15);
            assertThat(book.getSheetName(0)).isEqualTo("能耗");
            assertThat(head.getCell(8).getStringCellValue()).isEqualTo("上架率（%）");
            assertThat(jan.getCell(0).getStringCellValue()).isEqualTo("2025-01");
            assertThat(jan.getCell(3).getNumericCellValue()).isEqualTo(1.3);
            assertThat(jan.getCell(4).getStringCellValue()).isEqualTo("达标");
            assertThat(jan.getCell(5).getStringCellValue()).isEqualTo("未达标");
            assertThat(year.getCell(0).getStringCellValue()).isEqualTo("全年");
            assertThat(year.getCell(1).getNumericCellValue()).isEqualTo(28.0);
            assertThat(year.getCell(11).getNumericCellValue()).isEqualTo(33.5);
        }
    }

    @BothDatabases
    void contractsAreCheckedWholeAndNeedEnergyEdit(Fixture x) {
        LocalDate d = LocalDate.of(2025, 3, 1);

        assertThatThrownBy(() -> x.facade.addContract(ANALYST, x.f.siteId,
                new ContractTerms("Grid", d, d, 1L, null))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> x.facade.addContract(OPS, x.f.siteId,
                new ContractTerms("Grid", d, d, 1L, BigDecimal.TEN)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("renewableKwh"));
        assertThatThrownBy(() -> x.facade.addContract(OPS, x.f.siteId,
                new ContractTerms("Grid", d, d.minusDays(1), 1L, null)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("validTo"));
        assertThatThrownBy(() -> x.facade.addContract(OPS, x.f.siteId,
                new ContractTerms("Grid", d, d, null, new BigDecimal("100.5"))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("renewableSharePct"));
        ContractView added = x.facade.addContract(OPS, x.f.siteId, new ContractTerms(" Wind Co ", d, d, 5L, null));
        ContractView edited = x.facade.editContract(OPS, added.id(), added.version(),
                new ContractTerms("Wind Co", d, d.plusDays(30), null, new BigDecimal("12.50")));
        assertThat(added.terms().supplier()).isEqualTo("Wind Co");
        assertThat(edited.terms().renewableSharePct()).isEqualByComparingTo("12.5");
        assertThat(x.facade.contracts(ANALYST, x.f.siteId)).hasSize(3);
        x.facade.removeContract(OPS, edited.id(), edited.version());
        assertThat(x.facade.contracts(ANALYST, x.f.siteId)).hasSize(2);
        assertThatThrownBy(() -> x.facade.report(ANALYST, x.f.siteId, 1999))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("year"));
    }

    private static final class Fixture {
        final PowerFixture f;
        final EnergyFacade facade;

        Fixture(Database db) {
            f = new PowerFixture(db);
            Cabinet a02 = f.cabinet("A02");
            f.cabinet("A03");
            TargetView a = f.pdu(f.base.cabinet, Feed.A);
            TargetView ups = f.ups("ups-1");
            Device server = f.base.inventory.install(f.base.inventory.h100Server(), a02, 1, Face.FRONT);
            long h100 = f.base.inventory.gpuModel("H100 SXM5 80GB").getId();
            new GpuService(db).registerAll(server.getId(), List.of("G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8"),
                    h100, GpuStatus.IN_SERVICE, null);
            Site site = f.base.inventory.sites.site(f.siteId);
            SiteDetails details = SiteDetails.of(site);
            f.base.inventory.sites.edit(f.siteId, site.getVersion(), new SiteDetails(details.name(), details.code(),
                    details.provider(), details.city(), details.timeZone(), details.electricityPricePerKwh(),
                    details.designPue(), new BigDecimal("0.581"), details.liveSince()));
            Meter it = new Meter(a, Metrics.PDU_POWER_W);
            Meter facility = new Meter(ups, Metrics.UPS_INPUT_POWER_W);
            f.readHourly(Instant.parse("2024-01-10T00:00:00Z"), new double[][] {{20_000, 30_000}}, it, facility);
            f.readHourly(Instant.parse("2025-01-10T00:00:00Z"), new double[][] {{10_000, 13_000}, {10_000, 13_000}}, it,
                    facility);
            f.readHourly(Instant.parse("2025-02-10T00:00:00Z"), new double[][] {{8_000, 12_800}}, it, facility);
            for (String day : List.of("2024-01-10T00:00:00Z", "2025-01-10T00:00:00Z", "2025-02-10T00:00:00Z")) {
                Instant start = Instant.parse(day);
                f.base.readings.rollUp(start, start.plus(Duration.ofHours(3)));
            }
            f.base.clock.advance(Duration.between(f.now(), Instant.parse("2025-06-01T00:00:00Z")));
            facade = new EnergyFacade(db, new EnergyQueries(db, f.base.readings,
                    LoadSettings.DEFAULT.fallbackDesignPue()), EnergyTargets.NATIONAL_2025, f.base.clock);
            facade.addContract(OPS, f.siteId, new ContractTerms("Green Grid", LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 12, 31), null, new BigDecimal("20")));
            facade.addContract(OPS, f.siteId, new ContractTerms("Wind Farm", LocalDate.of(2025, 1, 1),
                    LocalDate.of(2025, 1, 31), 13L, null));
        }
    }
}
