/** The board page: stage numbers, flows, the 20 boxes edited in place, and each stage's live segment. */
package hako.web.board;
