package io.dcim.forecasting.demand;

import io.dcim.common.error.Message;
import io.dcim.forecasting.history.Resource;
import io.dcim.forecasting.method.MethodName;
import java.io.Serializable;
import java.util.List;

/**
 * Demand month by month from the month after today: the organic forecast and the pipeline.
 *
 * @param method       the forecasting method used, null when the history was too short and use was held flat
 * @param lastObserved the latest day's use in the history (0 when there is none)
 * @param notes        plain-language remarks: the method's choice, fallbacks taken
 * @param series       the daily series the organic forecast was made on
 */
public record DemandOutlook(long siteId, Resource resource, List<DemandMonth> months, MethodName method,
                            double lastObserved, List<Message> notes, DemandSeries series) implements Serializable {

    public DemandOutlook {
        months = List.copyOf(months);
        notes = List.copyOf(notes);
    }

    public double[] total(DemandView view) {
        return months.stream().mapToDouble(m -> m.total(view)).toArray();
    }
}
