package hako.segments;

import static org.assertj.core.api.Assertions.assertThat;

import hako.customers.Stage;
import hako.store.ShopDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MembersSearchTest {

    private static final LocalDate AS_OF = LocalDate.of(2022, 11, 30);
    private Connection c;

    @BeforeEach
    void snapshot() throws SQLException {
        c = ShopDatabase.inMemory();
        try (Statement s = c.createStatement()) {
            s.execute("""
                INSERT INTO customers (customer_id, email, name, import_id) VALUES
                  ('C1', 'hanako@example.jp', '山田 花子', 1), ('C2', 'taro@example.jp', '佐藤 太郎', 1)""");
            s.execute("""
                CREATE TEMP TABLE snapshot AS SELECT * FROM (VALUES
                  ('2022-11-30'::DATE, 'C1', 5, 50000, '2022-01-01'::DATE, '2022-11-20'::DATE, 323, 10, 1, 'top1',
                   'top1', 'retention'),
                  ('2022-11-30', 'C2', 1, 3000, '2022-11-25', '2022-11-25', 0, 5, 2, NULL, 'one_time', 'acquisition'),
                  ('2022-11-30', 'a.b@x.jp', 2, 2000, '2022-01-01', '2022-02-01', 31, 302, 3, NULL, 'two_three',
                   'churn_prevention'),
                  ('2022-10-31', 'C1', 4, 40000, '2022-01-01', '2022-10-20', 292, 11, 1, 'top1', 'top1', 'retention'))
                  t(as_of, customer_id, frequency, monetary, first_purchase, last_purchase, tenure_days,
                    recency_days, rank, tier, cluster, stage)""");
            // as snapshot_store.sql keeps them: with the master's name, email and the lower-case search text
            s.execute("""
                INSERT INTO customer_metrics BY NAME
                SELECT t.*, c.name, c.email, lower(t.customer_id) || chr(31) || lower(coalesce(c.name, ''))
                       AS search_text, lower(c.email) AS search_email
                FROM snapshot t LEFT JOIN customers c USING (customer_id)""");
        }
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    @Test
    void countAndPageAgreeWithoutASearchAndCarryTheMastersNames() throws SQLException {
        MemberQuery all = new MemberQuery(AS_OF, Segment.ALL, null, true);

        assertThat(Members.count(c, all)).isEqualTo(3);
        assertThat(Members.page(c, all, MemberSort.RANK, 0, 50, true)).extracting(Member::customerId, Member::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C1", "山田 花子"),
                        org.assertj.core.groups.Tuple.tuple("C2", "佐藤 太郎"),
                        org.assertj.core.groups.Tuple.tuple("a.b@x.jp", null));
        assertThat(Members.page(c, all, MemberSort.RANK, 2, 50, true)).extracting(Member::customerId)
                .containsExactly("a.b@x.jp");
    }

    @Test
    void aSearchMatchesIdsNamesAndEmailsOnlyWhenAllowed() throws SQLException {
        assertThat(ids("山田", true)).containsExactly("C1");
        assertThat(ids("A.B@", false)).containsExactly("a.b@x.jp");
        assertThat(ids("taro@", true)).containsExactly("C2");
        assertThat(ids("taro@", false)).isEmpty();
        assertThat(ids("c1山田", true)).as("no match across the id and the name").isEmpty();
        assertThat(Members.count(c, new MemberQuery(AS_OF, Segment.ofStage(Stage.RETENTION), "佐藤", true))).isZero();
    }

    private java.util.List<String> ids(String search, boolean emails) throws SQLException {
        MemberQuery q = new MemberQuery(AS_OF, Segment.ALL, search, emails);
        java.util.List<String> ids = Members.page(c, q, MemberSort.RANK, 0, 50, emails).stream()
                .map(Member::customerId).toList();
        assertThat(Members.count(c, q)).isEqualTo(ids.size());
        return ids;
    }
}
