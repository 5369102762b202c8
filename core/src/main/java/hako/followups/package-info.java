/**
 * Follow-up operations (DOMAIN.md steps 3, 4 and 8): plans of contacts triggered by elapsed R, the
 * tasks generated from them, the contacts made and the 3-3-2 check. Tables in migration V3.
 */
package hako.followups;
