package hako.followups.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Workbooks as tests see them: every sheet as a grid of cells (numbers as written, dates as the
 * serial numbers Excel stores), the raw XML of a part, and copies with cells changed as a person
 * filling in the sheet would.
 */
final class Workbooks {

    /** A cell as read: its type and its value. Null in a grid = no cell. */
    record Value(CellType type, String text) {
    }

    private Workbooks() {
    }

    /** Every sheet, by name in workbook order, as rows of cells. */
    static Map<String, List<List<Value>>> read(byte[] xlsx) throws IOException {
        Map<String, List<List<Value>>> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb.getSheets().toList()) {
                List<List<Value>> rows = new ArrayList<>();
                for (Row row : sheet.read()) {
                    while (rows.size() < row.getRowNum() - 1) {
                        rows.add(List.of());
                    }
                    List<Value> cells = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        Cell c = row.getCell(i);
                        cells.add(c == null ? null : new Value(c.getType(), c.getType() == CellType.NUMBER
                                ? c.asNumber().stripTrailingZeros().toPlainString() : c.getRawValue()));
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getName(), rows);
            }
        }
        return sheets;
    }

    /** The text of the cells of one sheet, "" for an empty cell. */
    static List<List<String>> texts(byte[] xlsx, String sheet) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (List<Value> row : read(xlsx).get(sheet)) {
            List<String> texts = new ArrayList<>();
            row.forEach(v -> texts.add(v == null || v.text() == null ? "" : v.text()));
            while (!texts.isEmpty() && texts.get(texts.size() - 1).isEmpty()) {
                texts.remove(texts.size() - 1);
            }
            out.add(texts);
        }
        return out;
    }

    /** The XML of one part of the package, e.g. {@code xl/worksheets/sheet1.xml}. */
    static String part(byte[] xlsx, String name) throws IOException {
        Path file = Files.createTempFile("hako-test", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry e = zip.getEntry(name);
                if (e == null) {
                    throw new AssertionError("no part " + name);
                }
                return unescape(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
            }
        } finally {
            Files.delete(file);
        }
    }

    /** fastexcel writes some non-ASCII text as character references ({@code &#x62c5;}). */
    private static String unescape(String xml) {
        return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(xml)
                .replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
    }

    /** The Excel serial number of a date, as a date cell stores it. */
    static String serial(LocalDate date) {
        return Long.toString(date.toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay());
    }

    /**
     * A copy of {@code xlsx} with sheet {@code name}'s rows passed through {@code edit} (a row is a
     * mutable list of values: String, Number, LocalDate or null). The other sheets are copied as is.
     */
    static void copy(byte[] xlsx, Path out, String name, UnaryOperator<List<List<Object>>> edit)
            throws IOException {
        Map<String, List<List<Value>>> sheets = read(xlsx);
        try (OutputStream os = Files.newOutputStream(out); Workbook wb = new Workbook(os, "Test", "1.0")) {
            for (Map.Entry<String, List<List<Value>>> sheet : sheets.entrySet()) {
                List<List<Object>> rows = new ArrayList<>();
                for (List<Value> row : sheet.getValue()) {
                    List<Object> values = new ArrayList<>();
                    row.forEach(v -> values.add(v == null || v.text() == null ? null
                            : v.type() == CellType.NUMBER ? (Object) new java.math.BigDecimal(v.text()) : v.text()));
                    rows.add(values);
                }
                if (sheet.getKey().equals(name)) {
                    rows = edit.apply(rows);
                }
                write(wb.newWorksheet(sheet.getKey()), rows);
            }
        }
    }

    private static void write(Worksheet ws, List<List<Object>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object v = rows.get(r).get(c);
                if (v instanceof LocalDate d) {
                    ws.value(r, c, d);
                    ws.style(r, c).format("yyyy-mm-dd").set();
                } else if (v instanceof Number n) {
                    ws.value(r, c, n);
                } else if (v != null) {
                    ws.value(r, c, v.toString());
                }
            }
        }
    }

    static byte[] bytes(ThrowingWriter writer) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(out);
        return out.toByteArray();
    }

    @FunctionalInterface
    interface ThrowingWriter {
        void write(OutputStream out) throws Exception;
    }
}
