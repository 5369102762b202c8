package hako.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hako.store.ShopDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditLogTest {

    private Connection c;

    @BeforeEach
    void open() throws SQLException {
        c = ShopDatabase.inMemory();
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    @Test
    void aRecordedExportIsStoredWithWhoWhatAndHowManyRows() throws SQLException {
        LocalDateTime before = LocalDateTime.now().minusSeconds(1);
        AuditLog.record(c, "marketer", AuditLog.EXPORT_CUSTOMERS, "既存客維持 · as of 2022-11-30", 123);

        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT logged_at, username, action, detail, rows FROM audit_log")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getTimestamp(1).toLocalDateTime()).isAfter(before);
            assertThat(r.getString(2)).isEqualTo("marketer");
            assertThat(r.getString(3)).isEqualTo("export_customers");
            assertThat(r.getString(4)).isEqualTo("既存客維持 · as of 2022-11-30");
            assertThat(r.getLong(5)).isEqualTo(123);
            assertThat(r.next()).isFalse();
        }
    }

    @Test
    void recentEntriesComeNewestFirstAndCanBeLimitedToOneAction() throws SQLException {
        LocalDateTime t = LocalDateTime.of(2026, 11, 1, 9, 0);
        AuditLog.record(c, t, "a", "export_customers", "first", 1);
        AuditLog.record(c, t.plusMinutes(1), "b", "other", "second", 2);
        AuditLog.record(c, t.plusMinutes(2), "c", "export_customers", "third", 3);

        assertThat(AuditLog.recent(c, null, 10)).extracting(AuditEntry::detail)
                .containsExactly("third", "second", "first");
        assertThat(AuditLog.recent(c, "export_customers", 10)).extracting(AuditEntry::username)
                .containsExactly("c", "a");
        assertThat(AuditLog.recent(c, null, 1)).singleElement()
                .isEqualTo(new AuditEntry(t.plusMinutes(2), "c", "export_customers", "third", 3));
    }

    @Test
    void anEntryNeedsAUserAndAnAction() {
        assertThatThrownBy(() -> AuditLog.record(c, " ", "export_customers", "x", 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditLog.record(c, "a", "export_customers", "x", -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
