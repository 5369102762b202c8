/**
 * Cohorts by first-purchase month with continuation and historical LTV for months 1–24, the LTV
 * components per cohort (unit price, continuation, churn over the first 12 months), and acquisition
 * cost: CPO per month against the 12-month LTV, a leak when CPO &gt; LTV.
 */
package hako.analyses.cohorts;
