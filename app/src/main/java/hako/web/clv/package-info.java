/**
 * Predictive CLV in the web: the fit kept current in the background (after start, after every import, or on an
 * admin's request), the scores of each as-of date a page shows, and the {@code /clv} page with the parameters,
 * the holdout check, the weekly tracking and the P(alive) matrix.
 */
package hako.web.clv;
