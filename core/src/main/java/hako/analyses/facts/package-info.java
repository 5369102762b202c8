/**
 * The analyses' per-customer facts at an as-of date (first purchase, entry products, first four main
 * items, cohort months, behaviour inputs), computed in one pass per import and as-of date and stored,
 * so that each analysis is an aggregate over at most one row per customer.
 */
package hako.analyses.facts;
