package hako.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A plain-text table aligned for terminals, counting East Asian wide characters as two columns. */
final class TextTable {

    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();
    private final Set<Integer> right = new HashSet<>();

    TextTable(String... header) {
        this.header = header;
    }

    TextTable alignRight(int... columns) {
        for (int c : columns) {
            right.add(c);
        }
        return this;
    }

    TextTable row(String... cells) {
        rows.add(cells);
        return this;
    }

    String render() {
        int[] widths = new int[header.length];
        for (String[] r : allRows()) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], width(r[i]));
            }
        }
        StringBuilder b = new StringBuilder();
        line(b, header, widths);
        for (int i = 0; i < widths.length; i++) {
            b.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
        }
        b.append('\n');
        rows.forEach(r -> line(b, r, widths));
        return b.toString();
    }

    private List<String[]> allRows() {
        List<String[]> all = new ArrayList<>(rows);
        all.add(header);
        return all;
    }

    private void line(StringBuilder b, String[] cells, int[] widths) {
        int start = b.length();
        for (int i = 0; i < cells.length; i++) {
            String pad = " ".repeat(widths[i] - width(cells[i]));
            b.append(i == 0 ? "" : "  ").append(right.contains(i) ? pad + cells[i] : cells[i] + pad);
        }
        int end = b.length();
        while (end > start && b.charAt(end - 1) == ' ') {
            end--;
        }
        b.setLength(end);
        b.append('\n');
    }

    /** Display width: CJK ideographs, kana, full-width forms count two. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
