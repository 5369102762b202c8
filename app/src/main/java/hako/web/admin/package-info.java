/**
 * The admin's pages: the people who may log in (create, role, enable, reset password, with guard
 * rails that keep at least one enabled admin), the effective settings, and the audit log that shows
 * who changed users and who exported personal data.
 */
package hako.web.admin;
