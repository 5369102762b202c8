package hako.followups.sheet;

/** The file an export writes. */
public enum FileFormat {
    XLSX,
    CSV;

    public String extension() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
