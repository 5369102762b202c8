package hako.followups.sheet;

/** What an export wrote: its rows, and the dropped tasks among or beside them. */
public record ExportCount(int rows, int dropped) {

    public int total() {
        return rows + dropped;
    }
}
