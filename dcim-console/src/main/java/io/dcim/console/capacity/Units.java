package io.dcim.console.capacity;

import org.apache.wicket.Component;
import io.dcim.forecasting.history.Resource;
import java.util.Locale;

/** Figures of a resource as people read them: power in kW (stored in W), the rest as counted. */
final class Units {

    private Units() {
    }

    static double scale(Resource resource) {
        return resource == Resource.POWER ? 1_000 : 1;
    }

    /** The unit a figure is counted in ("kW", "GPUs", "个机柜"), from the package's bundle. */
    static String label(Resource resource, Component reader) {
        return reader.getString("units.unit." + resource.name());
    }

    static String format(Resource resource, double value, Component reader) {
        return String.format(Locale.ROOT, "%,.0f %s", value / scale(resource), label(resource, reader));
    }

    /** The resource's name as a heading ("GPUs", "IT 功率"). */
    static String title(Resource resource, Component reader) {
        return reader.getString("units.title." + resource.name());
    }
}
