/**
 * Sales decomposition year over year by month (DOMAIN.md step 9): customers × frequency × unit price,
 * each against the same month a year earlier, for all, new and existing customers, with the
 * "two consecutive months above last year" check per factor.
 */
package hako.analyses.decomposition;
