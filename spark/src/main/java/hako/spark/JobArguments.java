package hako.spark;

import hako.customers.MetricRules;
import hako.settings.HakoSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the metrics job is asked: {@code INPUT OUTPUT [--as-of DATE] [--config FILE] [--set KEY=VALUE]…}.
 * The rules are Hako's settings (same keys, same defaults); without {@code --as-of} the job uses the
 * latest order date, as the CLI does.
 */
record JobArguments(String input, String output, LocalDate asOf, MetricRules rules) {

    static final String USAGE = "usage: spark-submit --class hako.spark.MetricsJob hako-spark.jar INPUT OUTPUT"
            + " [--as-of YYYY-MM-DD] [--config hako.properties] [--set KEY=VALUE]...\n"
            + "  INPUT   Parquet orders with order_id, customer_id, order_date, amount, cancelled"
            + " (hako export --format parquet)\n"
            + "  OUTPUT  directory for the customer table (Parquet); must not exist\n"
            + "  --as-of the as-of date (default: the latest order date)\n"
            + "  --config, --set  Hako's settings (stage.*, tier.*), as for the hako command";

    /** Parses the command line; a mistake is a {@link BadInput} naming it. */
    static JobArguments parse(List<String> args) throws BadInput {
        String input = null;
        String output = null;
        LocalDate asOf = null;
        HakoSettings settings = HakoSettings.DEFAULTS;
        Map<String, String> overrides = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--as-of" -> asOf = date(value(args, ++i, arg));
                case "--config" -> settings = config(value(args, ++i, arg));
                case "--set" -> {
                    String pair = value(args, ++i, arg);
                    int eq = pair.indexOf('=');
                    if (eq < 1) {
                        throw new BadInput("--set takes KEY=VALUE, not \"" + pair + "\"");
                    }
                    overrides.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                }
                default -> {
                    if (arg.startsWith("--")) {
                        throw new BadInput("unknown option " + arg + "\n" + USAGE);
                    } else if (input == null) {
                        input = arg;
                    } else if (output == null) {
                        output = arg;
                    } else {
                        throw new BadInput("unexpected argument \"" + arg + "\"\n" + USAGE);
                    }
                }
            }
        }
        if (output == null) {
            throw new BadInput("INPUT and OUTPUT are required\n" + USAGE);
        }
        TreeSet<String> unknown = new TreeSet<>(overrides.keySet());
        unknown.removeAll(HakoSettings.KEYS);
        if (!unknown.isEmpty()) {
            throw new BadInput("unknown setting " + unknown + "; known: " + new TreeSet<>(HakoSettings.KEYS));
        }
        try {
            return new JobArguments(input, output, asOf, settings.with(overrides).rules());
        } catch (IllegalArgumentException e) {
            throw new BadInput("settings: " + e.getMessage());
        }
    }

    private static String value(List<String> args, int i, String option) throws BadInput {
        if (i >= args.size()) {
            throw new BadInput(option + " needs a value");
        }
        return args.get(i);
    }

    private static LocalDate date(String text) throws BadInput {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadInput("--as-of \"" + text + "\" is not a date like 2024-03-31");
        }
    }

    private static HakoSettings config(String file) throws BadInput {
        try {
            return HakoSettings.load(Path.of(file));
        } catch (IOException e) {
            throw new BadInput("cannot read settings " + file + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new BadInput(e.getMessage());
        }
    }
}
