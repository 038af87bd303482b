package io.dcim.forecasting.method;

/**
 * Start values of seasonal Holt-Winters, found as R's {@code HoltWinters()} does with its default
 * {@code start.periods = 2}: decompose the first two seasons classically, take the seasonal
 * figure as the start seasonals, and regress the defined part of the moving-average trend on
 * 1, 2, ..., k: its intercept is the start level and its slope the start trend. The recursion
 * then starts at the first point of the second season (index m).
 *
 * @param seasonal start seasonal per phase 0..m-1 (phase = index mod m)
 */
record HoltWintersStart(double level, double trend, double[] seasonal) {

    static HoltWintersStart fromFirstTwoSeasons(double[] y, int m, boolean multiplicative) {
        double[] head = java.util.Arrays.copyOf(y, 2 * m);
        ClassicalDecomposition d = ClassicalDecomposition.of(head, m, multiplicative);
        LeastSquaresLine line = LeastSquaresLine.of(d.definedTrend());
        return new HoltWintersStart(line.intercept(), line.slope(), d.figure());
    }
}
