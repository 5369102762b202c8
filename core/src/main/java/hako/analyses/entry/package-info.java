/**
 * Entry products (DOMAIN.md step 10): which first-purchase products (or categories) make loyal
 * customers — F2 rate within 90 and 180 days, days to the second purchase and 12-month LTV per entry.
 */
package hako.analyses.entry;
