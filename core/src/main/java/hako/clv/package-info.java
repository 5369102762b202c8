/**
 * Predictive customer value: the BG/NBD purchase model (Fader, Hardie and Lee 2005) and the Gamma-Gamma
 * spend model, fitted by maximum likelihood on purchase days, stored with the data version they were fitted
 * on, and used to score every customer (probability alive, expected purchases, expected order value,
 * predicted CLV, churn-risk band) and to check the fit against a holdout period.
 *
 * <p>Time is counted in weeks of seven days, as in the papers; a purchase day is a calendar day with at
 * least one purchase, and the first purchase day is not a repeat.
 */
package hako.clv;
