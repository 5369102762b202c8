/** A logged-in person's own account: changing their password, which needs the current one. */
package hako.web.account;
