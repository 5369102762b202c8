package hako.followups.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** A plain table written row by row, as CSV or as a one-sheet .xlsx. The caller owns the stream. */
interface RowsOut extends AutoCloseable {

    void row(List<?> values) throws IOException;

    @Override
    void close() throws IOException;

    static RowsOut open(FileFormat format, OutputStream out, String sheet, List<String> header, List<Double> widths)
            throws IOException {
        if (format == FileFormat.CSV) {
            CsvOut csv = new CsvOut(out);
            csv.row(header);
            return csv;
        }
        return new XlsxTable(new Workbook(new Unclosed(out), "Hako", "1.0"), sheet, header, widths);
    }

    /** One sheet: a frozen, filtered header row, dates as dates. */
    final class XlsxTable implements RowsOut {
        private final Workbook wb;
        private final Worksheet ws;
        private int rows;

        XlsxTable(Workbook wb, String sheet, List<String> header, List<Double> widths) {
            this.wb = wb;
            this.ws = wb.newWorksheet(sheet);
            Xlsx.header(ws, header, widths);
        }

        @Override
        public void row(List<?> values) throws IOException {
            int r = ++rows;
            for (int i = 0; i < values.size(); i++) {
                Xlsx.put(ws, r, i, values.get(i));
            }
            if (r % 2048 == 0) {
                ws.flush();
            }
        }

        @Override
        public void close() throws IOException {
            wb.close();
        }
    }
}
