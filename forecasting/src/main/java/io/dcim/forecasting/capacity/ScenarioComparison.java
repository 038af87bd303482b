package io.dcim.forecasting.capacity;

import java.io.Serializable;

/** Two scenarios' key figures side by side. */
public record ScenarioComparison(ScenarioFigures left, ScenarioFigures right) implements Serializable {
}
