package io.dcim.console.power;

import io.dcim.console.wiring.RequestServices;
import io.dcim.power.alarm.AlarmKind;
import io.dcim.power.alarm.Severity;
import io.dcim.power.alarm.ThresholdService;
import java.util.Optional;
import org.apache.wicket.MetaDataKey;
import org.apache.wicket.request.cycle.RequestCycle;

/**
 * The colour of a figure, as a CSS class: power against the alarm levels that apply to its site
 * or cabinet (the threshold service decides, overrides included, so a page and the alarms never
 * disagree), space and allocation against fixed fill marks. Pages name no level themselves.
 */
public final class LevelColours {

    /** Space and GPU allocation are not alarmed: amber past this share, red past {@link #FILL_FULL}. */
    private static final double FILL_HIGH = 80;
    private static final double FILL_FULL = 95;

    /** One read of the overrides per request, however many cabinets the page colours. */
    private static final MetaDataKey<ThresholdService.Resolver> LEVELS = new MetaDataKey<>() {
        private static final long serialVersionUID = 1L;
    };

    private LevelColours() {
    }

    /** A cabinet's draw in % of its contract ({@code cabinetId} null: a whole site's). */
    public static String power(long siteId, Long cabinetId, double percent) {
        return css(levels().severity(AlarmKind.CABINET_POWER, siteId, cabinetId, percent));
    }

    /** Units used or GPUs allocated, in %. */
    public static String fill(double percent) {
        return percent > FILL_FULL ? "crit" : percent > FILL_HIGH ? "warn" : "";
    }

    static String css(Optional<Severity> severity) {
        return severity.map(s -> s == Severity.CRITICAL ? "crit" : "warn").orElse("");
    }

    private static ThresholdService.Resolver levels() {
        RequestCycle cycle = RequestCycle.get();
        ThresholdService.Resolver levels = cycle == null ? null : cycle.getMetaData(LEVELS);
        if (levels == null) {
            levels = RequestServices.get().thresholds().resolver();
            if (cycle != null) {
                cycle.setMetaData(LEVELS, levels);
            }
        }
        return levels;
    }
}
