/**
 * The analyses in the browser (/analyses/…): sales decomposition, cohorts and CPO with the spend upload,
 * entry products, the TOP1% journey, behaviour segments and NPS with the survey upload. Each page
 * renders a result of {@code hako.analyses} kept per data version by {@link hako.web.analyses.AnalysisMemory}
 * (computed in the background on first view), with ECharts options built on the server
 * ({@link hako.web.analyses.Chart}); {@link hako.web.analyses.LeakCheck} gives the board its CPO leak flag.
 */
package hako.web.analyses;
