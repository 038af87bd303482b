package io.dcim.inventory.device;

import io.dcim.common.error.ConflictException;
import io.dcim.common.error.DomainException;
import io.dcim.common.error.Message;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A bulk edit that some devices of the selection refused: nothing was changed, and every refusal is listed
 * with the device it concerns, so the person fixes the selection once rather than one device per attempt.
 */
public class BulkEditRefusedException extends ConflictException {

    /** One device's refusal. */
    public record Refusal(long deviceId, String assetTag, DomainException why) implements Serializable {
    }

    private final transient List<Refusal> refusals;

    BulkEditRefusedException(int selected, List<Refusal> refusals) {
        super("ids", Message.of("inventory.device.bulkRefused", refusals.size(), selected));
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    /** How many devices refused and that nothing changed, without the list, in {@code locale}. */
    public String summary(Locale locale) {
        return super.reason(locale);
    }

    /** The summary, then each device's refusal, in {@code locale}. */
    @Override
    public String reason(Locale locale) {
        return super.reason(locale) + " " + refusals.stream()
                .map(r -> r.assetTag() + ": " + r.why().reason(locale))
                .collect(Collectors.joining("; "));
    }

    @Override
    public String message(Locale locale) {
        return field() + ": " + reason(locale);
    }

    @Override
    public String getMessage() {
        return message(Locale.ROOT);
    }
}
