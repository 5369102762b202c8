/**
 * The groups the analyses define — behaviour segments and NPS loyalty groups — stored per as-of date
 * so that a {@link hako.segments.Segment}, a board box or a follow-up plan can select them.
 */
package hako.analyses.groups;
