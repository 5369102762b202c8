/**
 * NPS from imported survey answers: overall and by month, and loyalty groups (high 9–10, mid 7–8,
 * low 0–6) with their frequency, AOV and referrals, the approach each calls for, and their members.
 */
package hako.analyses.nps;
