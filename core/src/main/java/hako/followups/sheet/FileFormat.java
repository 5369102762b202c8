package hako.followups.sheet;

/** The file an export writes. */
public enum FileFormat {
    XLSX,
    CSV;

    public String extension() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The HTTP content type of such a file. */
    public String contentType() {
        return this == XLSX ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=UTF-8";
    }

    /** The format of a file extension ({@code csv}, {@code xlsx}, any case). */
    public static FileFormat ofExtension(String extension) {
        for (FileFormat f : values()) {
            if (f.extension().equalsIgnoreCase(extension.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown file type \"" + extension + "\": use xlsx or csv");
    }
}
