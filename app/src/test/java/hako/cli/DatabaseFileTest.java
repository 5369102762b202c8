package hako.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which commands create, keep or replace the database file: only an import that imports creates one. */
class DatabaseFileTest {

    @TempDir
    Path dir;

    Path orders() throws Exception {
        return Files.writeString(dir.resolve("orders.csv"), "注文番号,注文日時,顧客ID,金額\nA1,2022/11/30,M1,1000\n");
    }

    Path brokenOrders() throws Exception {
        return Files.writeString(dir.resolve("broken.csv"), "注文番号,注文日時,顧客ID,金額\nB1,2022/13/45,M9,1000\n");
    }

    @Test
    void aDryRunLeavesNoDatabaseNorTheFoldersMadeForIt() throws Exception {
        Path db = dir.resolve("new/shops/shop.duckdb");
        Run run = Run.hako("import", "--db", db.toString(), "--dry-run", orders().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("dry run: nothing was written");
        assertThat(db).doesNotExist();
        assertThat(Path.of(db + ".wal")).doesNotExist();
        assertThat(dir.resolve("new")).doesNotExist();
    }

    @Test
    void aRefusedImportLeavesNoNewDatabase() throws Exception {
        Path db = dir.resolve("shop.duckdb");
        Run run = Run.hako("import", "--db", db.toString(), brokenOrders().toString());
        assertThat(run.exitCode()).isEqualTo(Hako.INPUT_REFUSED);
        assertThat(db).doesNotExist();
        assertThat(Path.of(db + ".wal")).doesNotExist();
    }

    @Test
    void anImportOfAMissingFileLeavesNoNewDatabase() throws Exception {
        Path db = dir.resolve("shop.duckdb");
        Path missing = dir.resolve("missing.csv");
        Run run = Run.hako("import", "--db", db.toString(), missing.toString());
        assertThat(run.exitCode()).isEqualTo(Hako.INPUT_REFUSED);
        assertThat(run.err()).contains("no such file: " + missing);
        assertThat(db).doesNotExist();
    }

    @Test
    void aDryRunOrARefusedImportKeepsAnExistingDatabase() throws Exception {
        Path db = dir.resolve("shop.duckdb");
        assertThat(Run.hako("import", "--db", db.toString(), orders().toString()).exitCode()).isZero();
        Run.hako("import", "--db", db.toString(), "--dry-run", orders().toString());
        Run.hako("import", "--db", db.toString(), brokenOrders().toString());
        assertThat(db).exists();
        assertThat(Run.hako("customers", "--db", db.toString()).out()).contains("M1,1,1000.00");
    }

    @Test
    void readOnlyCommandsNeedAnExistingDatabaseAndCreateNone() {
        Path db = dir.resolve("typo.duckdb");
        for (String command : new String[] {"customers", "summary"}) {
            Run run = Run.hako(command, "--db", db.toString());
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("hako: no shop database at " + db + ": import an order export first,"
                    + " e.g. hako import --db " + db + " orders.csv" + System.lineSeparator());
            assertThat(db).doesNotExist();
        }
    }

    @Test
    void demoRefusesToReplaceAnExistingDatabaseUnlessForced() throws Exception {
        Path db = Files.writeString(dir.resolve("precious.duckdb"), "not a demo");
        Path out = dir.resolve("demo");
        Run refused = Run.hako("demo", "--customers", "50", "--out", out.toString(), "--db", db.toString(), "--no-serve");
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains(db + " already exists", "--force");
        assertThat(db).hasContent("not a demo");
        assertThat(out).doesNotExist();

        Run forced = Run.hako("demo", "--customers", "50", "--out", out.toString(), "--db", db.toString(), "--force", "--no-serve");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Run.hako("customers", "--db", db.toString()).out()).startsWith("customer_id,frequency");
    }
}
