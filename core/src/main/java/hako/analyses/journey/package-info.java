/**
 * The customer journey map rebuilt from the TOP1% (DOMAIN.md step 7): the items of the first four
 * purchases as Sankey data with the median days between steps, beside all repeat buyers, and the
 * most common paths.
 */
package hako.analyses.journey;
