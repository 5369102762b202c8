/**
 * The clusters page: the six clusters side by side, the R × F heatmap and the F, M and R
 * distributions, every count leading to the customer list of the customers it counts.
 */
package hako.web.clusters;
