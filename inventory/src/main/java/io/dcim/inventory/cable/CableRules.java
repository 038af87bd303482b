package io.dcim.inventory.cable;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import io.dcim.inventory.port.Medium;
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

    static long siteOf(PortFacts port, String field) {
        if (port.siteId() == null) {
            throw new InvalidValueException(field, Message.of("inventory.cable.inStock", port.describe()));
        }
        return port.siteId();
    }

    static void checkFit(CableType type, PortFacts a, List<PortFacts> b) {
        fits(type, a, "aPortId");
        for (PortFacts p : b) {
            fits(type, p, "bPortIds");
        }
        if (type == CableType.BREAKOUT) {
            checkBreakout(a, b);
            return;
        }
        PortFacts other = b.get(0);
        PortKind ka = a.kind();
        PortKind kb = other.kind();
        if (ka.isPassive() || kb.isPassive()) {
            return;
        }
        if (ka.medium() != kb.medium()) {
            throw new InvalidValueException("bPortIds", Message.of("inventory.cable.mediaDiffer", String.valueOf(ka.medium()),
                    a.describe(), String.valueOf(kb.medium()), other.describe()));
        }
        if (ka.speedGbps() != kb.speedGbps()) {
            throw new InvalidValueException("bPortIds", Message.of("inventory.cable.speedsDiffer", a.describe(), String.valueOf(ka),
                    other.describe(), String.valueOf(kb)));
        }
    }

    private static void fits(CableType type, PortFacts port, String field) {
        if (!port.kind().connector().accepts(type)) {
            throw new InvalidValueException("type", Message.of("inventory.cable.doesNotFit", String.valueOf(type), port.describe(),
                    String.valueOf(port.kind().connector()), field));
        }
    }

    private static void checkBreakout(PortFacts a, List<PortFacts> b) {
        if (a.kind().isPassive() || !a.breakout()) {
            throw new InvalidValueException("aPortId", Message.of("inventory.cable.noBreakout", a.describe()));
        }
        for (PortFacts p : b) {
            if (p.kind().isPassive()) {
                continue;
            }
            if (p.kind().medium() != a.kind().medium()) {
                throw new InvalidValueException("bPortIds", Message.of("inventory.cable.breakoutMedia",
                        String.valueOf(a.kind().medium()), a.describe(), String.valueOf(p.kind().medium()), p.describe()));
            }
            if (p.kind().speedGbps() * b.size() != a.kind().speedGbps()) {
                throw new InvalidValueException("bPortIds", Message.of("inventory.cable.breakoutSpeed", String.valueOf(a.kind()),
                        b.size(), a.kind().speedGbps() / b.size(), p.describe(), String.valueOf(p.kind())));
            }
        }
        if (a.kind().medium() == Medium.SERIAL) {
            throw new InvalidValueException("aPortId", Message.of("inventory.cable.consoleBreakout"));
        }
    }
}
