package io.dcim.inventory.fabric;

import io.dcim.inventory.cable.CableType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The plan's links as cables, in the plan's own order (the order {@link FabricLinks} walks them),
 * labelled {@code prefix-1, prefix-2, …}: the preview, the installers' workbook and the write all
 * read this one list, so what is shown, exported and written is the same cable by cable. The ends
 * are named by {@link Ends}: the chosen devices' own names and ports, or the plan's placeholders.
 */
final class FabricCables {

    /** How a plan's endpoints are named and which port each is. */
    interface Ends {
        String device(Endpoint end);

        String port(Endpoint end);

        /** The recorded port; 0 when the plan is not laid onto devices. */
        long portId(Endpoint end);
    }

    private FabricCables() {
    }

    static void walk(FabricRequest request, Ends ends, String prefix, Consumer<PlannedCable> sink) {
        int[] n = {0};
        new FabricLinks(FabricShape.of(request), request.placement()).walk((tier, from, to, reach) -> sink.accept(
                new PlannedCable(prefix + "-" + ++n[0], tier, reach, typeFor(reach), ends.device(from), ends.port(from),
                        ends.device(to), ends.port(to), ends.portId(from), ends.portId(to))));
    }

    static List<PlannedCable> all(FabricRequest request, Ends ends, String prefix) {
        List<PlannedCable> cables = new ArrayList<>();
        walk(request, ends, prefix, cables::add);
        return cables;
    }

    /** Copper within a cabinet, an active optical cable along a row, multimode fibre between optics beyond. */
    static CableType typeFor(LinkClass reach) {
        return switch (reach) {
            case SAME_CABINET -> CableType.DAC;
            case SAME_ROW -> CableType.AOC;
            case BEYOND_ROW -> CableType.MMF;
        };
    }

    /** The plan's own names, for a plan not yet laid onto devices: {@code server-0001 nic1}, {@code leaf-017 p33}. */
    static Ends placeholders(FabricRequest request) {
        FabricShape shape = FabricShape.of(request);
        return new Ends() {
            @Override
            public String device(Endpoint end) {
                return switch (end.role()) {
                    case SERVER -> numbered("server", end.index(), shape.servers());
                    case LEAF -> numbered("leaf", end.index(), shape.leaves());
                    case SPINE -> numbered("spine", end.index(), shape.spines());
                    case SUPER_SPINE -> numbered("super-spine", end.index(), shape.superSpines());
                };
            }

            @Override
            public String port(Endpoint end) {
                return (end.role() == Endpoint.Role.SERVER ? "nic" : "p") + (end.port() + 1);
            }

            @Override
            public long portId(Endpoint end) {
                return 0;
            }
        };
    }

    private static String numbered(String role, int index, int of) {
        int width = String.valueOf(of).length();
        return role + "-" + String.format(java.util.Locale.ROOT, "%0" + width + "d", index + 1);
    }
}
