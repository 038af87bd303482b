package io.dcim.common.table;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/** The style of every workbook's headings and titles: bold, nothing else, so that all the exports look alike. */
public final class HeaderStyle {

    private HeaderStyle() {
    }

    /** A new bold cell style of {@code workbook} (a style belongs to one workbook: each makes its own). */
    public static CellStyle bold(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        return style;
    }
}
