package io.dcim.procurement.export;

import static io.dcim.common.access.Permission.EXPORT_DEPRECIATION;
import static io.dcim.common.access.Permission.FINANCE_VIEW;
import static io.dcim.common.access.Permission.PURCHASE_ORDER;
import static io.dcim.common.access.Permission.READ;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dcim.common.access.Caller;
import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.NotPermittedException;
import io.dcim.procurement.asset.AssetClass;
import io.dcim.procurement.asset.AssetFilter;
import io.dcim.procurement.testing.ProcurementFixture;
import io.dcim.testing.BothDatabases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The depreciation schedule as one use case: the permission first, then the same streamed workbook as before. */
class DepreciationExportTest {

    private static final Caller ANALYST = Caller.of("ana", READ, FINANCE_VIEW, EXPORT_DEPRECIATION);
    private static final YearMonth FROM = YearMonth.of(2024, 1);
    private static final YearMonth TO = YearMonth.of(2024, 6);

    @BothDatabases
    void withoutExportDepreciationNothingIsReadOrWritten(ProcurementFixture f) {
        f.asset(AssetClass.SERVER, "120000.00", LocalDate.of(2024, 1, 10), f.siteId(), null);
        DepreciationExport export = new DepreciationExport(f.assetQueries);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> export.write(Caller.of("ops-dave", READ, PURCHASE_ORDER),
                new DepreciationExport.Request(FROM, TO, null, null, null), out, n -> { }))
                .isInstanceOfSatisfying(NotPermittedException.class, e -> assertThat(e.missing()).isEqualTo(EXPORT_DEPRECIATION));
        assertThat(out.size()).isZero();
    }

    @BothDatabases
    void theUseCaseWritesTheWorkbookTheQueriesAndTheWorkbookWriterWroteBefore(ProcurementFixture f) throws IOException {
        f.asset(AssetClass.SERVER, "120000.00", LocalDate.of(2024, 1, 10), f.siteId(), "CC-AI");
        f.asset(AssetClass.NETWORK, "30000.00", LocalDate.of(2024, 2, 1), f.siteId(), null);
        f.asset(AssetClass.SERVER, "99000.00", LocalDate.of(2024, 2, 1), f.siteId(), "CC-WEB");
        DepreciationExport.Request request = new DepreciationExport.Request(FROM, TO, f.siteId(), AssetClass.SERVER, "CC-AI");

        ByteArrayOutputStream viaUseCase = new ByteArrayOutputStream();
        List<Long> progress = new ArrayList<>();
        DepreciationExport.Prepared prepared = new DepreciationExport(f.assetQueries).prepare(ANALYST, request);
        ExportResult result = prepared.write(viaUseCase, progress::add);

        ByteArrayOutputStream direct = new ByteArrayOutputStream();
        try (Stream<DetailRow> rows = f.assetQueries.detailRows(FROM, TO, new AssetFilter(f.siteId(), AssetClass.SERVER,
                "CC-AI", null))) {
            new DepreciationWorkbook().write(rows, direct, n -> { });
        }

        assertThat(prepared.fileName()).isEqualTo("depreciation-2024-01-to-2024-06.xlsx");
        assertThat(result.detailRows()).as("one server of CC-AI, February to June").isEqualTo(5);
        assertThat(cells(viaUseCase)).isEqualTo(cells(direct)).isNotEmpty();
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefusedNamingTo() {
        assertThatThrownBy(() -> new DepreciationExport.Request(TO, FROM, null, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessage("to: is before from (Jun 2024)");
        assertThatThrownBy(() -> new DepreciationExport.Request(TO, FROM, null, null, null))
                .as("the month in Chinese, not ISO").isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.reason(java.util.Locale.SIMPLIFIED_CHINESE)).contains("2024年6月")
                                .doesNotContain("2024-06"));
        assertThatThrownBy(() -> new DepreciationExport.Request(null, TO, null, null, null))
                .isInstanceOf(InvalidValueException.class).hasMessage("from: is required (YYYY-MM)");
    }

    /** Every sheet's name and every cell's text, in order: what the workbook says, without the zip's timestamps. */
    private static List<String> cells(ByteArrayOutputStream workbook) throws IOException {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook.toByteArray()))) {
            for (Sheet sheet : read) {
                cells.add("#" + sheet.getSheetName());
                for (Row row : sheet) {
                    row.forEach(cell -> cells.add(row.getRowNum() + ":" + cell.getColumnIndex() + "=" + cell));
                }
            }
        }
        return cells;
    }
}
