/**
 * The board: four stages × five elements — the 20 boxes — with their saved plans and history, each
 * stage's live segment, and the numbers shown beside them (stage counts, sales shares, changes and
 * flows since last month, KPIs).
 */
package hako.board;
