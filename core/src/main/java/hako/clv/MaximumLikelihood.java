package hako.clv;

import java.util.List;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Maximises a log-likelihood of positive parameters with Hipparchus' BOBYQA over their logarithms (which keeps
 * them positive without constraints that bind), from several starting points, and derives standard errors
 * from a finite-difference Hessian at the best point. The starts may explore a cheaper approximation of the
 * log-likelihood (BG/NBD's patterns with days grouped in weeks); only the best point is then refined on the
 * exact one, which is what keeps a million customers' fit within seconds.
 */
final class MaximumLikelihood {

    /** A log-likelihood of positive parameters. */
    @FunctionalInterface
    interface LogLikelihood {
        double at(double[] parameters);
    }

    private static final double LOG_BOUND = Math.log(1e7);
    private static final int MAX_EVALUATIONS = 20_000;
    /** Starts whose coarse maximum is this close to the refined one count as agreeing. */
    private static final double AGREEMENT = 1e-3;
    private static final double COARSE_RADIUS = 1e-6;
    /** The approximate maximum is within a few percent of the exact one in every parameter. */
    private static final double REFINE_RADIUS = 0.05;
    private static final double FINE_RADIUS = 1e-9;
    private static final double HESSIAN_STEP = 1e-4;

    private MaximumLikelihood() {
    }

    static Estimate maximise(String model, String[] names, LogLikelihood ll, List<double[]> starts) {
        return maximise(model, names, ll, ll, starts);
    }

    /** Explores {@code approximate} from every start, then refines the best point on {@code ll}. */
    static Estimate maximise(String model, String[] names, LogLikelihood ll, LogLikelihood approximate,
                             List<double[]> starts) {
        int n = names.length;
        double[] lower = new double[n];
        double[] upper = new double[n];
        java.util.Arrays.fill(lower, -LOG_BOUND);
        java.util.Arrays.fill(upper, LOG_BOUND);
        ObjectiveFunction objective = objective(ll);
        ObjectiveFunction exploring = objective(approximate);
        PointValuePair best = null;
        double[] reached = new double[starts.size()];
        for (int s = 0; s < starts.size(); s++) {
            reached[s] = Double.NEGATIVE_INFINITY;
            try {
                PointValuePair found = new BOBYQAOptimizer(2 * n + 1, 0.5, COARSE_RADIUS).optimize(
                        new MaxEval(MAX_EVALUATIONS), exploring, GoalType.MAXIMIZE, new InitialGuess(log(starts.get(s))),
                        new SimpleBounds(lower, upper));
                reached[s] = found.getValue();
                if (best == null || found.getValue() > best.getValue()) {
                    best = found;
                }
            } catch (MathIllegalStateException e) {
                // this start did not converge; the others decide
            }
        }
        if (best == null || best.getValue() <= -1e300) {
            throw new ClvRefused(model + ": the fit did not converge from any of " + starts.size() + " starting points;"
                    + " the data may be too small or too regular for the model (import more history or choose a later"
                    + " calibration end)");
        }
        int agreeing = 0;
        for (double v : reached) {
            agreeing += v >= best.getValue() - AGREEMENT ? 1 : 0;
        }
        try {
            best = new BOBYQAOptimizer(2 * n + 1, REFINE_RADIUS, FINE_RADIUS).optimize(new MaxEval(MAX_EVALUATIONS),
                    objective, GoalType.MAXIMIZE, new InitialGuess(best.getPoint()), new SimpleBounds(lower, upper));
        } catch (MathIllegalStateException e) {
            throw new ClvRefused(model + ": the fit did not converge to a fine tolerance; the likelihood is too flat"
                    + " (import more history or choose a later calibration end)");
        }
        double[] u = best.getPoint();
        for (int i = 0; i < n; i++) {
            if (Math.abs(u[i]) > LOG_BOUND - 1) {
                throw new ClvRefused(model + ": parameter " + names[i] + " ran off to " + (u[i] > 0 ? "infinity" : "zero")
                        + " (" + Math.exp(u[i]) + "); the data does not identify the model: more customers, a longer"
                        + " history or more repeat purchases are needed");
            }
        }
        double[] theta = exp(u);
        return new Estimate(theta, standardErrors(model, names, ll, theta), best.getValue(), starts.size(), agreeing);
    }

    private static ObjectiveFunction objective(LogLikelihood ll) {
        return new ObjectiveFunction(u -> {
            double v = ll.at(exp(u));
            return Double.isFinite(v) ? v : -1e300;
        });
    }

    /** Square roots of the diagonal of the inverse observed information. */
    static double[] standardErrors(String model, String[] names, LogLikelihood ll, double[] theta) {
        RealMatrix information = MatrixUtils.createRealMatrix(hessian(ll, theta)).scalarMultiply(-1);
        RealMatrix covariance;
        try {
            covariance = new CholeskyDecomposition(information, 1e-12, 1e-14).getSolver().getInverse();
        } catch (MathIllegalStateException e) {
            throw new ClvRefused(model + ": the Hessian of the log-likelihood at the estimate is singular (the"
                    + " likelihood is flat in some direction), so " + String.join(", ", names)
                    + " have no standard errors; more data is needed");
        }
        double[] se = new double[theta.length];
        for (int i = 0; i < se.length; i++) {
            se[i] = Math.sqrt(covariance.getEntry(i, i));
            if (!Double.isFinite(se[i])) {
                throw new ClvRefused(model + ": no finite standard error for " + names[i]);
            }
        }
        return se;
    }

    /** Central second differences, steps relative to each parameter. */
    static double[][] hessian(LogLikelihood ll, double[] theta) {
        int n = theta.length;
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            h[i] = HESSIAN_STEP * theta[i];
        }
        double centre = ll.at(theta);
        double[][] result = new double[n][n];
        for (int i = 0; i < n; i++) {
            result[i][i] = (shifted(ll, theta, h, i, 1, i, 0) - 2 * centre + shifted(ll, theta, h, i, -1, i, 0))
                    / (h[i] * h[i]);
            for (int j = 0; j < i; j++) {
                double v = (shifted(ll, theta, h, i, 1, j, 1) - shifted(ll, theta, h, i, 1, j, -1)
                        - shifted(ll, theta, h, i, -1, j, 1) + shifted(ll, theta, h, i, -1, j, -1)) / (4 * h[i] * h[j]);
                result[i][j] = v;
                result[j][i] = v;
            }
        }
        return result;
    }

    private static double shifted(LogLikelihood ll, double[] theta, double[] h, int i, int si, int j, int sj) {
        double[] t = theta.clone();
        t[i] += si * h[i];
        t[j] += sj * h[j];
        return ll.at(t);
    }

    private static double[] exp(double[] u) {
        double[] v = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            v[i] = Math.exp(u[i]);
        }
        return v;
    }

    private static double[] log(double[] v) {
        double[] u = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = Math.log(v[i]);
        }
        return u;
    }
}
