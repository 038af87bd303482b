package io.dcim.inventory.fabric;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.io.Serializable;

/**
 * Which devices a plan is written onto: the GPU servers and the switches of a site (or of one of
 * its rooms) that have fabric ports of the plan's speed, optionally narrowed by text in their
 * asset tag or name ({@code serverMatch}, {@code switchMatch}). They are taken in floor order
 * (room, cabinet, U), servers in the order the plan fills cabinets; the first switches become the
 * leaves, the next the spines, then the super-spines. Cables are labelled {@code labelPrefix-n}.
 */
public record FabricSelection(Long siteId, Long roomId, String serverMatch, String switchMatch, String labelPrefix)
        implements Serializable {

    public static final String DEFAULT_PREFIX = "FAB";

    public FabricSelection {
        if (siteId == null) {
            throw new InvalidValueException("siteId", Message.of("common.field.required"));
        }
        serverMatch = blankToNull(serverMatch);
        switchMatch = blankToNull(switchMatch);
        labelPrefix = blankToNull(labelPrefix) == null ? DEFAULT_PREFIX : labelPrefix.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
