package io.dcim.common.table;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Refuses a workbook part that inflates beyond its budget, whatever size its zip entry claims. */
final class BoundedInputStream extends FilterInputStream {

    private final long maxBytes;
    private final Message part;
    private long read;

    BoundedInputStream(InputStream in, long maxBytes, Message part) {
        super(in);
        this.maxBytes = maxBytes;
        this.part = part;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) {
        read += n;
        if (read > maxBytes) {
            throw new InvalidValueException("file", Message.of("common.table.partTooLarge", part, maxBytes / (1024 * 1024)));
        }
    }
}
