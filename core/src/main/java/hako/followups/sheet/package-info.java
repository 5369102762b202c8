/**
 * The management sheet (管理シート) and the print and call lists of follow-up tasks: the tasks of a
 * date range as rows, exported as .xlsx or CSV and imported back as ticks (all or nothing), and
 * per-channel lists (DM postcards, package inserts, phone calls, email and LINE audiences). Every
 * export that carries personal data takes the caller's permission and is written to the audit log.
 */
package hako.followups.sheet;
