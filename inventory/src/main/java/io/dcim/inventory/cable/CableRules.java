package io.dcim.inventory.cable;

import io.dcim.common.error.InvalidValueException;
import io.dcim.inventory.port.Medium;
import io.dcim.inventory.port.Port;
import io.dcim.inventory.port.PortKind;
import java.util.List;

/**
 * What may be cabled to what: the cable type must fit both connectors, two active ports must
 * speak the same medium at the same speed, and a breakout's fast A port must be breakout
 * capable and carry exactly lanes × the B ports' speed. Patch-panel positions are passive and
 * take any speed.
 */
final class CableRules {

    private CableRules() {
    }

    static long siteOf(Port port, String field) {
        if (port.getDevice().getRoom() == null) {
            throw new InvalidValueException(field, CableService.describe(port) + " is not in a site (the device is in stock)");
        }
        return port.getDevice().getRoom().getSite().getId();
    }

    static void checkFit(CableType type, Port a, List<Port> b) {
        fits(type, a, "aPortId");
        for (Port p : b) {
            fits(type, p, "bPortIds");
        }
        if (type == CableType.BREAKOUT) {
            checkBreakout(a, b);
            return;
        }
        Port other = b.get(0);
        PortKind ka = a.getKind();
        PortKind kb = other.getKind();
        if (ka.isPassive() || kb.isPassive()) {
            return;
        }
        if (ka.medium() != kb.medium()) {
            throw new InvalidValueException("bPortIds", ka.medium() + " " + CableService.describe(a) + " cannot be cabled to "
                    + kb.medium() + " " + CableService.describe(other));
        }
        if (ka.speedGbps() != kb.speedGbps()) {
            throw new InvalidValueException("bPortIds", "speeds differ: " + CableService.describe(a) + " is " + ka
                    + ", " + CableService.describe(other) + " is " + kb + "; use a breakout for a split");
        }
    }

    private static void fits(CableType type, Port port, String field) {
        if (!port.getKind().connector().accepts(type)) {
            throw new InvalidValueException("type", "a " + type + " cable does not fit " + CableService.describe(port)
                    + " (" + port.getKind().connector() + ", given as " + field + ")");
        }
    }

    private static void checkBreakout(Port a, List<Port> b) {
        if (a.getKind().isPassive() || !a.isBreakout()) {
            throw new InvalidValueException("aPortId", CableService.describe(a) + " cannot be broken out");
        }
        for (Port p : b) {
            if (p.getKind().isPassive()) {
                continue;
            }
            if (p.getKind().medium() != a.getKind().medium()) {
                throw new InvalidValueException("bPortIds", a.getKind().medium() + " " + CableService.describe(a)
                        + " cannot be broken out to " + p.getKind().medium() + " " + CableService.describe(p));
            }
            if (p.getKind().speedGbps() * b.size() != a.getKind().speedGbps()) {
                throw new InvalidValueException("bPortIds", "a " + a.getKind() + " port splits into " + b.size() + " × "
                        + a.getKind().speedGbps() / b.size() + " Gb/s, but " + CableService.describe(p) + " is "
                        + p.getKind());
            }
        }
        if (a.getKind().medium() == Medium.SERIAL) {
            throw new InvalidValueException("aPortId", "a console port cannot be broken out");
        }
    }
}
