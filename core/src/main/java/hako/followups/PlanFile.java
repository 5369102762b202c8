package hako.followups;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Plans as a CSV file editable in Excel: UTF-8 (written with a BOM, read with or without), one row
 * per step with the plan's columns repeated. Importing is all or nothing: every mistake is listed
 * with its line and column, and no plan changes unless the whole file is right.
 */
public final class PlanFile {

    public static final List<String> COLUMNS = List.of("plan_id", "plan_name", "target", "enabled", "step_no",
            "trigger", "days", "channel", "message");

    /** What an import changed. */
    public record Imported(List<String> added, List<String> replaced) {
    }

    private PlanFile() {
    }

    /** Writes every plan of the shop to {@code file}. */
    public static int export(Connection c, Path file) throws SQLException, IOException {
        List<Plan> plans = PlanStore.list(c);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(plans, w);
        }
        return plans.size();
    }

    static void write(List<Plan> plans, Writer w) throws IOException {
        w.write('\uFEFF');
        w.write(String.join(",", COLUMNS) + "\r\n");
        for (Plan p : plans) {
            for (Step s : p.steps()) {
                List<String> cells = List.of(p.id(), p.name(), p.target().text(), String.valueOf(p.enabled()),
                        String.valueOf(s.no()), s.trigger().kind().key(), String.valueOf(s.trigger().days()),
                        s.channel().key(), s.message());
                w.write(String.join(",", cells.stream().map(PlanFile::quote).toList()) + "\r\n");
            }
        }
    }

    /** Saves the plans of {@code file} in place of the stored plans of the same ids; other plans stay. */
    public static Imported importFile(Connection c, Path file, String user)
            throws SQLException, IOException, PlanFileRefused {
        List<Plan> plans = read(file);
        Set<String> existing = new HashSet<>(PlanStore.list(c).stream().map(Plan::id).toList());
        PlanStore.saveAll(c, plans, user);
        List<String> ids = plans.stream().map(Plan::id).toList();
        return new Imported(ids.stream().filter(id -> !existing.contains(id)).toList(),
                ids.stream().filter(existing::contains).toList());
    }

    /** The plans of {@code file}, or every mistake in it. */
    public static List<Plan> read(Path file) throws IOException, PlanFileRefused {
        String name = file.getFileName().toString();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw refused(name, 0, null, "not UTF-8 text: save it from Excel as \"CSV UTF-8\"");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CsvRecords.Row> rows;
        try {
            rows = CsvRecords.parse(text);
        } catch (IllegalArgumentException e) {
            throw refused(name, 0, null, e.getMessage());
        }
        if (rows.isEmpty()) {
            throw refused(name, 0, null, "empty: the first line must name the columns " + String.join(",", COLUMNS));
        }
        return new Reader(name, header(name, rows.get(0))).plans(rows.subList(1, rows.size()));
    }

    private static Map<String, Integer> header(String file, CsvRecords.Row row) throws PlanFileRefused {
        Map<String, Integer> at = new LinkedHashMap<>();
        List<PlanFileProblem> problems = new ArrayList<>();
        for (int i = 0; i < row.fields().size(); i++) {
            String column = row.fields().get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(column)) {
                problems.add(new PlanFileProblem(file, row.line(), column, "unknown column; the columns are "
                        + String.join(",", COLUMNS)));
            } else if (at.put(column, i) != null) {
                problems.add(new PlanFileProblem(file, row.line(), column, "column given twice"));
            }
        }
        for (String column : COLUMNS) {
            if (!at.containsKey(column)) {
                problems.add(new PlanFileProblem(file, row.line(), column, "column missing"));
            }
        }
        if (!problems.isEmpty()) {
            throw new PlanFileRefused(problems);
        }
        return at;
    }

    private static PlanFileRefused refused(String file, int line, String column, String message) {
        return new PlanFileRefused(List.of(new PlanFileProblem(file, line, column, message)));
    }

    private static String quote(String value) {
        boolean plain = value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0;
        return plain ? value : '"' + value.replace("\"", "\"\"") + '"';
    }

    /** Reads the step rows of one file, collecting every mistake. */
    private static final class Reader {
        private final String file;
        private final Map<String, Integer> at;
        private final List<PlanFileProblem> problems = new ArrayList<>();
        private final Map<String, PlanRows> plans = new LinkedHashMap<>();

        Reader(String file, Map<String, Integer> at) {
            this.file = file;
            this.at = at;
        }

        List<Plan> plans(List<CsvRecords.Row> rows) throws PlanFileRefused {
            for (CsvRecords.Row row : rows) {
                if (!row.blank()) {
                    row(row);
                }
            }
            List<Plan> result = new ArrayList<>();
            for (PlanRows p : plans.values()) {
                try {
                    result.add(new Plan(p.id, p.name, p.target, p.enabled, p.steps));
                } catch (IllegalArgumentException e) {
                    problems.add(new PlanFileProblem(file, p.line, null, e.getMessage()));
                }
            }
            if (result.isEmpty() && problems.isEmpty()) {
                problems.add(new PlanFileProblem(file, 0, null, "no plan in the file: one row per step is needed"));
            }
            if (!problems.isEmpty()) {
                throw new PlanFileRefused(problems);
            }
            return result;
        }

        private void row(CsvRecords.Row row) {
            if (row.fields().size() != at.size()) {
                problems.add(new PlanFileProblem(file, row.line(), null, row.fields().size() + " fields, the header has "
                        + at.size()));
                return;
            }
            int before = problems.size();
            String id = cell(row, "plan_id");
            String name = cell(row, "plan_name");
            Target target = read(row, "target", Target::parse);
            Boolean enabled = read(row, "enabled", PlanFile::flag);
            if (id.isBlank()) {
                problems.add(new PlanFileProblem(file, row.line(), "plan_id", "empty"));
            }
            PlanRows plan = problems.size() > before ? null
                    : plans.computeIfAbsent(id, k -> new PlanRows(row.line(), id, name, target, enabled));
            if (plan != null) {
                agree(row, "plan_name", plan.name, name, plan.line);
                agree(row, "target", plan.target.text(), target.text(), plan.line);
                agree(row, "enabled", plan.enabled, enabled, plan.line);
            }
            Step step = step(row);
            if (plan != null && step != null) {
                if (plan.steps.stream().anyMatch(s -> s.no() == step.no())) {
                    problems.add(new PlanFileProblem(file, row.line(), "step_no", "plan " + id + " has step "
                            + step.no() + " twice"));
                } else {
                    plan.steps.add(step);
                }
            }
        }

        /** The step of a row, or null after recording its mistakes. */
        private Step step(CsvRecords.Row row) {
            int before = problems.size();
            Integer no = read(row, "step_no", t -> whole(t, 1));
            Trigger.Kind kind = read(row, "trigger", Trigger.Kind::ofKey);
            Integer days = read(row, "days", t -> whole(t, Integer.MIN_VALUE));
            Channel channel = read(row, "channel", Channel::ofKey);
            if (problems.size() > before) {
                return null;
            }
            Trigger trigger = read(row, "days", t -> new Trigger(kind, days));
            return trigger == null ? null : new Step(no, trigger, channel, cell(row, "message"));
        }

        private void agree(CsvRecords.Row row, String column, Object first, Object here, int firstLine) {
            if (!first.equals(here)) {
                problems.add(new PlanFileProblem(file, row.line(), column, "\"" + here + "\" differs from \"" + first
                        + "\" on line " + firstLine + " of the same plan"));
            }
        }

        private String cell(CsvRecords.Row row, String column) {
            return row.fields().get(at.get(column)).strip();
        }

        private <T> T read(CsvRecords.Row row, String column, java.util.function.Function<String, T> parse) {
            try {
                return parse.apply(cell(row, column));
            } catch (IllegalArgumentException e) {
                problems.add(new PlanFileProblem(file, row.line(), column, e.getMessage()));
                return null;
            }
        }
    }

    private static final class PlanRows {
        final int line;
        final String id;
        final String name;
        final Target target;
        final boolean enabled;
        final List<Step> steps = new ArrayList<>();

        PlanRows(int line, String id, String name, Target target, boolean enabled) {
            this.line = line;
            this.id = id;
            this.name = name;
            this.target = target;
            this.enabled = enabled;
        }
    }

    private static boolean flag(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new IllegalArgumentException("\"" + text + "\" is not true or false");
        };
    }

    private static int whole(String text, int min) {
        try {
            int v = Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
            if (v < min) {
                throw new IllegalArgumentException(v + " is below " + min);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a whole number");
        }
    }
}
