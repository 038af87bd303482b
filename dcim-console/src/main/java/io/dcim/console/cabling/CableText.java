package io.dcim.console.cabling;

import io.dcim.inventory.cable.PortRef;
import org.apache.wicket.Component;

/** How the cabling pages word their values, from the bundles beside {@link CableText}'s callers. */
final class CableText {

    private CableText() {
    }

    /** A cable status or type in the reader's language ({@code status.PLANNED}, {@code type.AOC} in the bundle). */
    static String of(Component where, Enum<?> value) {
        if (value == null) {
            return "—";
        }
        String prefix = value instanceof io.dcim.inventory.cable.CableStatus ? "status." : "type.";
        return where.getString(prefix + value.name(), null, value.name());
    }

    /** "ib1 · gpu-a01-01". */
    static String port(PortRef port) {
        return port.port() + " · " + port.device();
    }
}
