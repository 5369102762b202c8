package hako.clv;

import hako.imports.ImportOptions;
import hako.imports.ImportProgress;
import hako.imports.Importer;
import hako.store.ShopDatabase;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The CDNOW sample imported through Hako's importer: each line of the file one order. */
final class CdnowShop {

    static final Calibration PUBLISHED = new Calibration(CdnowSample.CALIBRATION_END, CdnowSample.HOLDOUT_END, true);

    private CdnowShop() {
    }

    static Connection open(Path dir) throws Exception {
        Path csv = dir.resolve("cdnow-sample.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("order_id,ordered_at,customer_id,amount\n");
            for (CdnowSample.Line l : CdnowSample.lines()) {
                out.write(l.lineNo() + "," + l.date().format(DateTimeFormatter.BASIC_ISO_DATE) + "," + l.customer() + ","
                        + l.dollars().toPlainString() + "\n");
            }
        }
        Connection db = ShopDatabase.open(dir.resolve("cdnow.duckdb"));
        new Importer(db, ImportOptions.defaults(ZoneId.of("Asia/Tokyo"))).run(List.of(csv), ImportProgress.NONE);
        return db;
    }
}
