/**
 * The web app: a thin layer that wires the analytics library to pages. Each capability has its own
 * package (board, clusters, customers, imports, admin) with its controller, templates and messages.
 */
package hako.web;
