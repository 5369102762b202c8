package hako.cli;

import hako.customers.AsOfDate;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import picocli.CommandLine.Option;

/** {@code --as-of}: any date form the importer reads, era included; default the latest order date. */
final class AsOfOption {

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "As-of date (2022-11-30, 2022/11/30, R4.11.30, 令和4年11月30日). Default: the latest order date.")
    String asOf;

    LocalDate resolve(Connection db, ZoneId zone) throws SQLException {
        return asOf == null ? AsOfDate.latestOrderDate(db) : AsOfDate.parse(db, asOf, zone);
    }
}
