/**
 * Segments: named conditions on the customer table (stage, cluster, tier, F and R ranges), and the
 * customers they select from a stored metric snapshot — counted for the board, paged for the customer
 * list, streamed for exports.
 */
package hako.segments;
