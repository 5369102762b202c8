package hako.imports;

import java.time.LocalDate;
import java.util.List;

/**
 * What an import did (or, for a dry run, would do).
 *
 * @param importId the id recorded in the database, 0 for a dry run
 */
public record ImportReport(long importId, boolean dryRun, List<FileRead> files, List<KindSummary> kinds) {

    /** One input file as read: encoding, delimiter, mapping used and data rows. */
    public record FileRead(String file, ImportKind kind, String encoding, char delimiter, List<String> mapping,
                           long rows) {
    }

    /** Counts for one kind of record. */
    public sealed interface KindSummary permits OrdersSummary, MasterSummary {
        ImportKind kind();

        /** Records stored: orders, customers or products. */
        long records();
    }

    /**
     * Orders of this import. {@code replaced} existed before and were replaced; orders without a
     * customer are stored but belong to nobody's metrics; {@code notPositive} have net amount ≤ 0;
     * {@code blankLines} had nothing in any column Hako reads and were skipped.
     */
    public record OrdersSummary(long orders, long lines, long replaced, long ordersWithoutCustomer,
                                long linesWithoutCustomer, long cancelled, long notPositive, long purchases,
                                LocalDate firstDate, LocalDate lastDate, long blankLines) implements KindSummary {
        @Override
        public ImportKind kind() {
            return ImportKind.ORDERS;
        }

        @Override
        public long records() {
            return orders;
        }
    }

    /**
     * Customers or products: records stored, how many replaced existing ones, rows repeated in the
     * files (the last one was kept), blank rows skipped.
     */
    public record MasterSummary(ImportKind kind, long records, long replaced, long repeated, long blankLines)
            implements KindSummary {
    }
}
