package hako.imports;

import hako.store.Variables;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** One input file of an import, with its kind and column mapping decided. */
final class Source {

    private final CsvFile file;
    private final ColumnMapping mapping;
    /** The UTF-8 file DuckDB reads: the file itself, or its transcoded copy. */
    private Path readPath;

    private Source(CsvFile file, ColumnMapping mapping) {
        this.file = file;
        this.mapping = mapping;
        this.readPath = file.path();
    }

    static Source open(Path path, ImportOptions options) throws IOException, ImportFailed {
        FileChoices choices = options.choicesFor(path);
        CsvFile file = CsvFile.open(path, choices.name(), choices.encoding());
        ImportKind kind;
        try {
            kind = choices.kind() != null ? choices.kind() : guess(file, options);
        } catch (IllegalArgumentException e) {
            throw ImportFailed.of(new ImportError(file.name(), 1, null, e.getMessage()));
        }
        ColumnMapping mapping;
        try {
            mapping = choices.mapping() != null ? ColumnMapping.exact(kind, file.headers(), choices.mapping())
                    : ColumnMapping.detect(kind, file.headers(), ColumnMapping.applicable(options.mapping(), kind));
        } catch (IllegalArgumentException e) {
            throw ImportFailed.of(new ImportError(file.name(), 1, null, e.getMessage()));
        }
        requireColumns(file, mapping);
        return new Source(file, mapping);
    }

    private static ImportKind guess(CsvFile file, ImportOptions options) throws ImportFailed {
        return ColumnMapping.guessKind(file.headers(), options.mapping())
                .orElseThrow(() -> ImportFailed.of(new ImportError(file.name(), 1, null,
                        "cannot tell whether this file holds orders, customers, products, acquisition spend or NPS answers from its columns ("
                                + String.join(", ", file.headers()) + "); name it with --kind")));
    }

    private static void requireColumns(CsvFile file, ColumnMapping mapping) throws ImportFailed {
        List<String> missing = missing(mapping);
        if (!missing.isEmpty()) {
            throw missing(file, mapping, missing.get(0));
        }
    }

    /** The fields a file of this kind cannot do without and this mapping lacks, as the user names them. */
    static List<String> missing(ColumnMapping mapping) {
        List<String> missing = new java.util.ArrayList<>();
        for (Field field : required(mapping.kind())) {
            if (!mapping.has(field)) {
                missing.add(field.key());
            }
        }
        if (mapping.kind() == ImportKind.ORDERS && !mapping.has(Field.AMOUNT) && !mapping.has(Field.LINE_AMOUNT)
                && !mapping.has(Field.UNIT_PRICE)) {
            missing.add("amount (or line_amount, or unit_price)");
        }
        return missing;
    }

    /** Fields every file of {@code kind} needs (orders also need one of amount, line_amount, unit_price). */
    static List<Field> required(ImportKind kind) {
        return switch (kind) {
            case ORDERS -> List.of(Field.ORDER_ID, Field.ORDERED_AT, Field.CUSTOMER_ID);
            case CUSTOMERS -> List.of(Field.CUSTOMER_ID);
            case PRODUCTS -> List.of(Field.PRODUCT_CODE);
            case ACQUISITION_SPEND -> List.of(Field.MONTH, Field.SPEND);
            case NPS -> List.of(Field.CUSTOMER_ID, Field.RESPONDED_ON, Field.SCORE);
        };
    }

    private static ImportFailed missing(CsvFile file, ColumnMapping mapping, String what) {
        return ImportFailed.of(new ImportError(file.name(), 1, null, "no column for " + what + " in this "
                + mapping.kind().label() + " file; the columns are: " + String.join(", ", file.headers())
                + ". Name it with --map " + what.split(" ")[0] + "=<column>"));
    }

    ColumnMapping mapping() {
        return mapping;
    }

    String name() {
        return file.name();
    }

    Path readPath() {
        return readPath;
    }

    CsvFile file() {
        return file;
    }

    /**
     * Prepares the file for reading: transcodes it to UTF-8 if needed and defines the view
     * {@code hako_src_N} over it. The file is read when its kind is staged.
     */
    void prepare(Connection c, int fileNo, ImportOptions options, List<Path> temporary, ImportProgress progress)
            throws IOException, SQLException, ImportFailed {
        Path utf8 = file.path();
        if (!file.isUtf8()) {
            utf8 = Transcoder.toUtf8(file, options.tempDir(), progress);
            temporary.add(utf8);
        }
        readPath = utf8;
        Variables.set(c, "hako_file_" + fileNo, utf8.toAbsolutePath().toString());
        Variables.set(c, "hako_delim_" + fileNo, String.valueOf(file.delimiter()));
        RawTable.defineView(c, fileNo, file, mapping);
    }

    /**
     * What was read from this file; {@code amountPerLine} says how its amount column was read
     * (null when it has none), so that a user can correct it with {@code --map line_amount=…}.
     */
    ImportReport.FileRead read(long rows, Boolean amountPerLine) {
        List<String> described = new java.util.ArrayList<>(mapping.describe());
        if (amountPerLine != null) {
            String header = mapping.headers().get(mapping.column(Field.AMOUNT).orElseThrow());
            String how = amountPerLine ? " (line amounts: the value differs between lines of an order)"
                    : " (each order's total; if it is a line amount, say --map line_amount=" + header + ")";
            described.replaceAll(line -> line.endsWith("→ " + Field.AMOUNT.key()) ? line + how : line);
        }
        return new ImportReport.FileRead(file.name(), mapping.kind(), file.encodingLabel(), file.delimiter(),
                described, rows);
    }
}
