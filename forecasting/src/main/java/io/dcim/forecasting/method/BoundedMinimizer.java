package io.dcim.forecasting.method;

import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

import java.util.function.ToDoubleFunction;

/**
 * Minimises a smoothing-error function over a box with BOBYQA (Powell's derivative-free
 * bound-constrained method). The box is mapped onto the unit cube first because BOBYQA uses one
 * trust-region radius for every coordinate, and phi's range (0.18 wide) is much narrower than
 * alpha's. The evaluation budget is a hard cap: if it runs out, the best point seen is returned,
 * which keeps the cost per series predictable for batch runs.
 */
final class BoundedMinimizer {

    /** Evaluation budget for a fit from the default start. */
    static final int COLD_EVALUATIONS = 300;
    /** Evaluation budget when starting next to a known good point (backtest prefixes). */
    static final int WARM_EVALUATIONS = 80;

    private static final double COLD_RADIUS = 0.2;
    private static final double WARM_RADIUS = 0.05;
    private static final double STOP_RADIUS = 1e-5;

    private BoundedMinimizer() {
    }

    static double[] minimize(ToDoubleFunction<double[]> objective, double[] lower, double[] upper,
                             double[] coldStart, double[] warmStart) {
        int n = lower.length;
        boolean warm = warmStart != null && warmStart.length == n;
        double[] start = toUnit(warm ? warmStart : coldStart, lower, upper);
        double radius = warm ? WARM_RADIUS : COLD_RADIUS;
        // BOBYQA wants the start at least one radius away from each bound or exactly on it.
        for (int i = 0; i < n; i++) {
            if (start[i] > 0 && start[i] < radius) {
                start[i] = radius;
            } else if (start[i] < 1 && start[i] > 1 - radius) {
                start[i] = 1 - radius;
            }
        }
        Best best = new Best();
        ObjectiveFunction f = new ObjectiveFunction(u -> best.offer(u, objective.applyAsDouble(fromUnit(u, lower, upper))));
        BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * n + 1, radius, STOP_RADIUS);
        double[] zeros = new double[n];
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1.0);
        try {
            optimizer.optimize(new MaxEval(warm ? WARM_EVALUATIONS : COLD_EVALUATIONS), f, GoalType.MINIMIZE,
                    new InitialGuess(start), new SimpleBounds(zeros, ones));
        } catch (MathIllegalStateException stopped) {
            // Either the evaluation budget ran out (deliberate: the cost stays bounded) or
            // BOBYQA gave up on a degenerate model ("trust region step has failed to reduce Q",
            // seen on flat objectives of short series). Both leave a usable best point.
        }
        return fromUnit(best.point == null ? start : best.point, lower, upper);
    }

    private static double[] toUnit(double[] x, double[] lower, double[] upper) {
        double[] u = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double v = (x[i] - lower[i]) / (upper[i] - lower[i]);
            u[i] = Math.min(1, Math.max(0, v));
        }
        return u;
    }

    private static double[] fromUnit(double[] u, double[] lower, double[] upper) {
        double[] x = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            double clamped = Math.min(1, Math.max(0, u[i]));
            x[i] = lower[i] + clamped * (upper[i] - lower[i]);
        }
        return x;
    }

    /** Remembers the best evaluated point, so that a spent budget still yields a result. */
    private static final class Best {
        double[] point;
        double value = Double.POSITIVE_INFINITY;

        double offer(double[] u, double v) {
            double safe = Double.isFinite(v) ? v : Double.MAX_VALUE;
            if (safe < value) {
                value = safe;
                point = u.clone();
            }
            return safe;
        }
    }
}
