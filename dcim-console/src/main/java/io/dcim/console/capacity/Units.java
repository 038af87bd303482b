package io.dcim.console.capacity;

import io.dcim.forecasting.history.Resource;
import java.util.Locale;

/** Figures of a resource as people read them: power in kW (stored in W), the rest as counted. */
final class Units {

    private Units() {
    }

    static double scale(Resource resource) {
        return resource == Resource.POWER ? 1_000 : 1;
    }

    static String label(Resource resource) {
        return resource == Resource.POWER ? "kW" : resource.unit();
    }

    static String format(Resource resource, double value) {
        return String.format(Locale.ROOT, "%,.0f %s", value / scale(resource), label(resource));
    }

    static String title(Resource resource) {
        return switch (resource) {
            case GPU -> "GPUs";
            case POWER -> "IT power";
            case CABINETS -> "Cabinets";
            case U -> "Rack units";
        };
    }
}
