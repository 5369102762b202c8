package hako.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's mistake is one line that says what is wrong, never a stack trace. */
class ErrorMessageTest {

    @TempDir
    Path dir;

    String shop() throws Exception {
        Path orders = Files.writeString(dir.resolve("orders.csv"), "注文番号,注文日時,顧客ID,金額\nA1,2022/11/30,M1,1000\n");
        String db = dir.resolve("shop.duckdb").toString();
        Run run = Run.hako("import", "--db", db, orders.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return db;
    }

    @Test
    void anUnknownTimeZoneIsNamedWithAnExample() throws Exception {
        Run run = Run.hako("customers", "--db", shop(), "--zone", "Mars/Base");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("hako: unknown time zone \"Mars/Base\": use a name like Asia/Tokyo"
                + System.lineSeparator());
    }

    @Test
    void anUnknownTimeZoneInASettingsFileNamesTheFile() throws Exception {
        Path config = Files.writeString(dir.resolve("hako.properties"), "zone=Asia/Tokio\n");
        Run run = Run.hako("summary", "--db", shop(), "--config", config.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("hako: " + config + ": unknown time zone \"Asia/Tokio\": use a name like"
                + " Asia/Tokyo" + System.lineSeparator());
    }

    @Test
    void writingIntoAMissingFolderSaysNoSuchFileOrFolder() throws Exception {
        Path output = dir.resolve("nodir/x.csv");
        Run run = Run.hako("customers", "--db", shop(), "-o", output.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("hako: no such file or folder: " + output + System.lineSeparator());
    }

    @Test
    void writingOntoAFolderSaysItIsAFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out"));
        Run run = Run.hako("customers", "--db", shop(), "-o", folder.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("hako: is a folder: " + folder + System.lineSeparator());
    }
}
