package hako.clv;

/**
 * A maximum-likelihood estimate: the parameters, their standard errors from the observed information
 * (the inverse of minus the Hessian of the log-likelihood at the maximum), and the log-likelihood.
 *
 * @param starts how many starting points the optimiser ran from
 * @param agreeing how many of them reached the best log-likelihood (within 10⁻³, on the log-likelihood the starts explore)
 */
public record Estimate(double[] values, double[] standardErrors, double logLikelihood, int starts, int agreeing) {
}
