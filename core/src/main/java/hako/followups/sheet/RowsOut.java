package hako.followups.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;

/** A plain table written row by row, as CSV or as a one-sheet .xlsx. The caller owns the stream. */
interface RowsOut extends AutoCloseable {

    void row(List<?> values) throws IOException;

    @Override
    void close() throws IOException;

    /** A table of {@code header}; in .xlsx the columns {@code dates} hold dates. */
    static RowsOut open(FileFormat format, OutputStream out, String sheet, List<String> header, List<Double> widths,
                        List<Integer> dates) throws IOException {
        if (format == FileFormat.CSV) {
            CsvOut csv = new CsvOut(out);
            csv.row(header);
            return csv;
        }
        return new XlsxTable(new Workbook(new Unclosed(out), "Hako", "1.0"), sheet, header, widths, dates);
    }

    /** One sheet: a frozen, filtered header row, dates as dates. */
    final class XlsxTable implements RowsOut {
        private final Workbook wb;
        private final Xlsx rows;

        XlsxTable(Workbook wb, String sheet, List<String> header, List<Double> widths, List<Integer> dates) {
            this.wb = wb;
            this.rows = new Xlsx(wb.newWorksheet(sheet)).header(header, widths);
            dates.forEach(rows::dates);
        }

        @Override
        public void row(List<?> values) throws IOException {
            rows.row(values);
        }

        @Override
        public void close() throws IOException {
            rows.flush();
            wb.close();
        }
    }
}
