package io.dcim.inventory.transfer;

import io.dcim.common.error.Message;
import io.dcim.common.error.Refused;
import java.util.Objects;

/**
 * Why one line of an upload cannot be imported: the line as the person numbers it, the column and
 * the reason. The API's answer stays {@code line, column, message} (see {@link Refused}).
 */
public final class RowProblem extends Refused {

    private final int line;

    public RowProblem(int line, String column, Message why) {
        super(column, why);
        this.line = line;
    }

    public int line() {
        return line;
    }

    public int getLine() {
        return line;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowProblem p && line == p.line && Objects.equals(column(), p.column()) && why().equals(p.why());
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, column(), why());
    }

    @Override
    public String toString() {
        return "line " + line + columnSuffix() + ": " + message();
    }
}
