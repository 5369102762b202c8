/**
 * Every customer's RFM values, tenure and R at an as-of date, their rank by spend, TOP tier,
 * cluster and lifecycle stage, and the shop-level summary built from them — as defined in the
 * domain specification (DOMAIN.md, "Definitions").
 */
package hako.customers;
