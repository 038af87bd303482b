package io.dcim.app.transfer;

import io.dcim.common.table.Table;
import io.dcim.common.table.TableReader;

/** The limits every spreadsheet upload shares, whether it comes through a page or the API. */
public final class Uploads {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int MAX_ROWS = 50_000;

    private Uploads() {
    }

    public static Table read(byte[] content) {
        return new TableReader(MAX_ROWS).read(content);
    }
}
