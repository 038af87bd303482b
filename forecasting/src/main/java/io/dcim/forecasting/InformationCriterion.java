package io.dcim.forecasting;

/**
 * The information criterion a model was chosen by within its family, as answers show it:
 * {@code {"name":"AICc","value":1234.5}}.
 */
public record InformationCriterion(String name, double value) {

    /** The AICc of a fitted model, or null when its method has none (Theta, the combination, ...). */
    public static InformationCriterion aicc(Double value) {
        return value == null || !Double.isFinite(value) ? null : new InformationCriterion("AICc", value);
    }
}
