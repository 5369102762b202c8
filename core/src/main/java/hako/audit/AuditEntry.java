package hako.audit;

import java.time.LocalDateTime;

/**
 * One line of the audit log.
 *
 * @param detail what was taken, in words (the filter and the as-of date of an export)
 * @param rows   how many rows left Hako
 */
public record AuditEntry(LocalDateTime loggedAt, String username, String action, String detail, long rows) {
}
