/**
 * The customer list (search, filters, sort, pages), its audited CSV export, and the customer page
 * (metrics, order timeline, master data as the role allows).
 */
package hako.web.customers;
