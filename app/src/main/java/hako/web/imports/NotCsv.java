package hako.web.imports;

/** An uploaded file that is not CSV text: the upload is refused as a whole and nothing is kept. */
final class NotCsv extends Exception {

    private final String file;
    private final CsvContent content;

    NotCsv(String file, CsvContent content) {
        super(file + ": " + content);
        this.file = file;
        this.content = content;
    }

    String file() {
        return file;
    }

    CsvContent content() {
        return content;
    }
}
