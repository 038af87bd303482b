package io.dcim.forecasting.history;

import io.dcim.common.error.InvalidValueException;
import io.dcim.common.error.Message;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A resource whose use and capacity are tracked per site: each has one unit for use and capacity alike. */
public enum Resource {
    /** GPU cards; used = allocated to tenants. */
    GPU("gpu", "GPUs"),
    /** IT power in watts; used = measured (or typical) draw, capacity = contracted. */
    POWER("power", "W"),
    /** Cabinets; used = cabinets with anything in them. */
    CABINETS("cabinets", "cabinets"),
    /** Rack units; used = occupied or reserved units. */
    U("u", "U");

    private final String id;
    private final String unit;

    Resource(String id, String unit) {
        this.id = id;
        this.unit = unit;
    }

    /** The lower-case name used in URLs and JSON ({@code gpu|power|cabinets|u}). */
    public String id() {
        return id;
    }

    public String unit() {
        return unit;
    }

    /** @throws InvalidValueException naming {@code resource} for anything but gpu, power, cabinets or u */
    public static Resource parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidValueException("resource", Message.of("forecasting.field.notOneOf", text,
                        Arrays.stream(values()).map(Resource::id).collect(Collectors.joining(", ")))));
    }
}
