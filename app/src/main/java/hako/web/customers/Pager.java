package hako.web.customers;

/**
 * Where a page of the list sits: page {@code page} of {@code pages}, showing rows {@code from}–{@code to}
 * of {@code total} (1-based; from = 0 when there are none).
 */
record Pager(long total, int page, int pages, long from, long to) {

    /** The page asked for, moved into range: past the end shows the last page. */
    static Pager of(long total, int asked, int size) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int page = Math.min(Math.max(1, asked), pages);
        long from = total == 0 ? 0 : (long) (page - 1) * size + 1;
        long to = Math.min(total, (long) page * size);
        return new Pager(total, page, pages, from, to);
    }

    public long offset() {
        return Math.max(0, from - 1);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
