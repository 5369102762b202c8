/**
 * The follow-up pages: the month's management sheet with tick-off, TOP1% individual care and the
 * plans with their 3-3-2 check. Changes are for marketers and admins (SecurityConfig); viewers see
 * the numbers without contact data.
 */
package hako.web.followups;
