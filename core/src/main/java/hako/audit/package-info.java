/**
 * The audit log: who took personal data out of Hako (exports), when, what and how many rows. Written
 * by the pages that export, read by admins.
 */
package hako.audit;
