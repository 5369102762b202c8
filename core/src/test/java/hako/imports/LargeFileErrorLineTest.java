package hako.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Errors in a file larger than one DuckDB row group name the lines they are on. */
class LargeFileErrorLineTest extends ImportFixture {

    @Test
    void errorsPastTheFirstRowGroupsNameTheirOwnLines() throws Exception {
        StringBuilder csv = new StringBuilder("受注番号,注文日時,会員ID,商品コード,数量,単価\n");
        for (int i = 0; i < 300_000; i++) {
            String date = i == 150_000 ? "2022/13/01 10:00" : "2022/11/01 10:00";
            csv.append("G1-").append(i).append(',').append(date).append(",GC").append(i % 5000).append(",P-001,1,1980\n");
        }
        csv.append("G1-last,2022/02/30 10:00,GC1,P-001,1,1980\n");
        Path file = write("big.csv", StandardCharsets.UTF_8, csv.toString());

        ImportFailed failed = failsAndChangesNothing(file);

        assertThat(failed.total()).isEqualTo(2);
        assertThat(failed.errors()).extracting(ImportError::line).containsExactly(150_002L, 300_002L);
        assertThat(failed.errors()).extracting(ImportError::message)
                .containsExactly("cannot read \"2022/13/01 10:00\" as a date", "cannot read \"2022/02/30 10:00\" as a date");
    }
}
