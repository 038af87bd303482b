package io.dcim.console.cabinet;

import io.dcim.console.layout.Labels;
import io.dcim.console.layout.Times;
import io.dcim.inventory.catalog.DeviceKind;
import io.dcim.inventory.device.DeviceSummary;
import io.dcim.inventory.device.Face;
import io.dcim.inventory.reservation.ReservationView;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * Draws one face of a cabinet to scale as SVG: every unit numbered, each device a box at its
 * units with its name and kind, linking to the device. Full-depth devices appear on both
 * faces (hatched on the face they are not mounted on). Plain text, escaped, no script.
 */
final class ElevationSvg {

    static final int UNIT_PX = 18;
    private static final int LABEL_PX = 28;
    private static final int WIDTH_PX = 300;

    private ElevationSvg() {
    }

    /** What one elevation shows: the cabinet, its devices and its active reservations. */
    record Cabinet(long id, String name, int heightU, List<DeviceSummary> devices, List<ReservationView> reservations) {
    }

    static String draw(Cabinet cabinet, Face face, LongFunction<String> deviceUrl) {
        int heightU = cabinet.heightU();
        int height = heightU * UNIT_PX;
        StringBuilder svg = new StringBuilder(8_192);
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"elevation\" data-face=\"%s\" data-cabinet-id=\"%d\""
                        + " data-height-u=\"%d\" data-unit-px=\"%d\" data-label-px=\"%d\" width=\"%d\" height=\"%d\""
                        + " viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s %s\">",
                face.name().toLowerCase(Locale.ROOT), cabinet.id(), heightU, UNIT_PX, LABEL_PX, WIDTH_PX + LABEL_PX, height + 2,
                WIDTH_PX + LABEL_PX, height + 2, escape(cabinet.name()), escape(Labels.of(face))));
        for (int u = 1; u <= heightU; u++) {
            int y = y(u, 1, heightU);
            svg.append(String.format(Locale.ROOT,
                    "<text class=\"u\" x=\"%d\" y=\"%d\">%d</text><rect class=\"slot\" data-u=\"%d\" x=\"%d\" y=\"%d\""
                            + " width=\"%d\" height=\"%d\"/>",
                    LABEL_PX - 6, y + UNIT_PX - 5, u, u, LABEL_PX, y, WIDTH_PX, UNIT_PX));
        }
        for (ReservationView r : cabinet.reservations()) {
            if (!r.scope().faces().contains(face)) {
                continue;
            }
            int y = y(r.bottomU(), r.topU() - r.bottomU() + 1, heightU);
            int h = (r.topU() - r.bottomU() + 1) * UNIT_PX;
            String holder = r.tenantName() == null ? r.purpose() : r.tenantName() + " · " + r.purpose();
            svg.append(String.format(Locale.ROOT,
                    "<g class=\"reserved\" data-u=\"%d\" data-height=\"%d\"><rect class=\"reserved\" x=\"%d\" y=\"%d\""
                            + " width=\"%d\" height=\"%d\"/><text class=\"reserved-label\" x=\"%d\" y=\"%d\">%s</text>"
                            + "<title>%s</title></g>",
                    r.bottomU(), r.topU() - r.bottomU() + 1, LABEL_PX + 1, y + 1, WIDTH_PX - 2, h - 2, LABEL_PX + 8,
                    y + Math.min(h, 2 * UNIT_PX) / 2 + 5, escape(Labels.shared("elevation.reserved", "Reserved: " + holder, "holder", holder)),
                    escape(Labels.shared("elevation.reservedTitle", "Reserved", "from", r.bottomU(), "to", r.topU(),
                            "holder", holder, "until", Times.date(r.expiresOn())))));
        }
        for (DeviceSummary device : cabinet.devices()) {
            if (device.positionU() == null) {
                continue;
            }
            boolean mountedHere = device.face() == face;
            if (!mountedHere && !device.fullDepth()) {
                continue;
            }
            int y = y(device.positionU(), device.heightU(), heightU);
            int h = device.heightU() * UNIT_PX;
            svg.append(String.format(Locale.ROOT,
                    "<a href=\"%s\" class=\"device\" data-device-id=\"%d\" data-version=\"%d\" data-u=\"%d\" data-height=\"%d\">"
                            + "<rect class=\"device %s%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"2\"/>"
                            + "<text class=\"label\" x=\"%d\" y=\"%d\">%s</text><title>%s</title></a>",
                    escape(deviceUrl.apply(device.id())), device.id(), device.version(), device.positionU(), device.heightU(),
                    kindClass(device.kind()), mountedHere ? "" : " behind", LABEL_PX + 1, y + 1, WIDTH_PX - 2, h - 2,
                    LABEL_PX + 8, y + Math.min(h, 2 * UNIT_PX) / 2 + 5,
                    escape(device.label() + " · " + kindName(device.kind())),
                    escape(device.label() + " — " + device.manufacturer() + " " + device.model() + ", U"
                            + device.positionU() + (device.heightU() > 1 ? "–U" + (device.positionU() + device.heightU() - 1) : "")
                            + ", " + Labels.of(device.status()))));
        }
        return svg.append("</svg>").toString();
    }

    /** SVG's y grows downwards; unit 1 is at the bottom. */
    private static int y(int positionU, int heightU, int cabinetU) {
        return (cabinetU - (positionU + heightU - 1)) * UNIT_PX;
    }

    private static String kindClass(DeviceKind kind) {
        return "k-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String kindName(DeviceKind kind) {
        return Labels.of(kind);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
