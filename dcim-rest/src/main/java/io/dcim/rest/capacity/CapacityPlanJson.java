package io.dcim.rest.capacity;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * How a {@link io.dcim.forecasting.capacity.CapacityPlan} reads as JSON (a Jackson mix-in, so the
 * forecasting module stays free of JSON): its remarks as the sentences {@code notes}, never as
 * message keys and arguments. The resource words them in the request's language first
 * ({@link io.dcim.forecasting.capacity.CapacityPlan#worded}).
 */
@JsonIgnoreProperties("remarks")
public abstract class CapacityPlanJson {

    private CapacityPlanJson() {
    }

    @JsonProperty("notes")
    abstract List<String> notes();
}
