package hako.web.followups;

import hako.followups.Channel;
import hako.followups.sheet.TaskRow;
import hako.followups.sheet.TaskStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One page of a month's tasks under a channel and status filter, with the month's counts; rows are
 * streamed past it so that a month of a million-customer shop is never held whole.
 *
 * @param channel the channel shown, null for every channel
 * @param status  {@code open}, {@code ticked}, {@code dropped}, or null for every status
 */
public final class SheetPage {

    static final int SIZE = 200;

    private final Channel channel;
    private final String status;
    private final int first;
    private final List<TaskRow> rows = new ArrayList<>();
    private long total;
    private long open;
    private long ticked;
    private long dropped;
    private long matching;

    SheetPage(Channel channel, String status, int page) {
        this.channel = channel;
        this.status = status;
        this.first = (Math.max(page, 1) - 1) * SIZE;
    }

    void accept(TaskRow row) {
        total++;
        String s = status(row);
        switch (s) {
            case "open" -> open++;
            case "ticked" -> ticked++;
            default -> dropped++;
        }
        if ((channel == null || row.channel() == channel) && (status == null || status.equals(s))) {
            if (matching >= first && rows.size() < SIZE) {
                rows.add(row);
            }
            matching++;
        }
    }

    /** {@code open}, {@code ticked} or {@code dropped}. */
    public static String status(TaskRow row) {
        if (row.status() instanceof TaskStatus.Ticked) {
            return "ticked";
        }
        return row.dropped() ? "dropped" : "open";
    }

    /** A status filter as typed in a URL: one of the three, or null for all. */
    static String statusFilter(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (!List.of("open", "ticked", "dropped").contains(s)) {
            throw new IllegalArgumentException("unknown status \"" + text + "\": use open, ticked or dropped");
        }
        return s;
    }

    public List<TaskRow> rows() {
        return rows;
    }

    public long total() {
        return total;
    }

    public long open() {
        return open;
    }

    public long ticked() {
        return ticked;
    }

    public long dropped() {
        return dropped;
    }

    public long matching() {
        return matching;
    }

    public int firstRow() {
        return first;
    }

    public boolean hasMore() {
        return matching > first + rows.size();
    }
}
