package io.dcim.app.transfer;

import io.dcim.common.table.Table;
import io.dcim.common.table.TableReader;

/** The limits every spreadsheet upload shares, whether it comes through a page or the API. */
public final class Uploads {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int MAX_ROWS = 50_000;
    /** Scheduler accounting is read as a stream, never whole: a month of a busy cluster is hundreds of MB. */
    public static final long MAX_ACCOUNTING_BYTES = 1024L * 1024 * 1024;

    private Uploads() {
    }

    public static Table read(byte[] content) {
        return new TableReader(MAX_ROWS).read(content);
    }
}
