/**
 * Analyses that replace averages (DOMAIN.md steps 7, 9, 10; LTV, CPO and NPS): sales decomposed year
 * over year, cohorts and LTV against acquisition cost, entry products, the TOP1% journey, behaviour
 * segments and NPS loyalty. Each sub-package reads the per-customer facts at an as-of date
 * ({@link hako.analyses.facts.AnalysisFacts}, computed once per import and date) with its own SQL and
 * returns records that the CLI prints and the web renders; {@link hako.analyses.Analysis} holds the
 * one-sentence definition of each.
 */
package hako.analyses;
