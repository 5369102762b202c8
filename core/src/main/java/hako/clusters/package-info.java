/**
 * The clusters page's figures: the six exclusive clusters with their size, sales and mean F, M and R;
 * the R × F heatmap; and the distributions of F, M and R. All read from a stored metric snapshot
 * ({@code customer_metrics} at one as-of date), so they agree with the board and the customer list.
 */
package hako.clusters;
