package hako.cli;

import hako.imports.Encodings;
import hako.imports.Field;
import hako.imports.ImportKind;
import hako.imports.ImportOptions;
import hako.imports.ImportReport;
import hako.imports.Importer;
import hako.scaleout.MetricsImport;
import hako.settings.HakoSettings;
import hako.store.ShopDatabase;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hako import}: order exports, customer and product masters, as one transaction. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import order exports (and customers / products masters) into the shop database,"
                + " creating it if needed. All files are one transaction: on any error nothing is written"
                + " (and a database the command created is removed again, as after a dry run)."
                + " --kind metrics DIR imports the Spark metrics job's OUTPUT directory into an existing shop as"
                + " its customer table at the job's as-of date (see README, \"Scale-out on Spark\").")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ShopOptions shop;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "CSV / TSV files to import (with --kind metrics:"
            + " the Spark job's OUTPUT directory).")
    List<Path> files;

    @Option(names = "--kind", paramLabel = "KIND", description = "orders, customers, products, acquisition_spend, nps (default: from the headers), or metrics.")
    String kind;

    @Option(names = "--encoding", paramLabel = "ENC", description = "utf-8 or shift_jis (default: detected).")
    String encoding;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN", description = "Use COLUMN for FIELD, e.g. --map order_id=受注番号.")
    Map<String, String> map = new LinkedHashMap<>();

    @Option(names = "--mapping", paramLabel = "FILE", description = "A properties file of FIELD=COLUMN lines.")
    Path mappingFile;

    @Option(names = "--dry-run", description = "Read and check everything, report, write nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        HakoSettings settings = shop.settings();
        if ("metrics".equalsIgnoreCase(kind)) {
            return importMetrics(settings);
        }
        ImportKind forcedKind = kind == null ? null : ImportKind.parse(kind);
        ImportOptions options = ImportOptions.defaults(settings.zone())
                .kind(forcedKind)
                .encoding(encoding == null ? null : Encodings.named(encoding))
                .mapping(mapping(forcedKind))
                .dryRun(dryRun);
        PrintWriter out = spec.commandLine().getOut();
        TerminalProgress progress = TerminalProgress.on(spec.commandLine().getErr());
        CreatedDatabase created = CreatedDatabase.before(shop.db);
        ImportReport report;
        try {
            report = run(options, progress);
        } catch (Exception e) {
            created.removeAfter(e);
            throw e;
        }
        if (report.dryRun()) {
            created.remove();
        }
        ImportReportPrinter.print(report, shop.db, out);
        return 0;
    }

    private int importMetrics(HakoSettings settings) throws Exception {
        if (files.size() != 1) {
            throw new IllegalArgumentException("--kind metrics takes one directory, the Spark job's OUTPUT, not "
                    + files.size() + " paths");
        }
        Path output = files.get(0);
        MetricsImport.Result result;
        try (Connection db = shop.openExisting()) {
            result = MetricsImport.load(db, output, settings.rules(), dryRun);
        }
        spec.commandLine().getOut().printf("%s: %,d customers at %s %s%n", output, result.customers(), result.asOf(),
                dryRun ? "checked, nothing imported (dry run)"
                        : "imported: the board and the lists read them until orders are imported again");
        return 0;
    }

    private ImportReport run(ImportOptions options, TerminalProgress progress) throws Exception {
        try (Connection db = ShopDatabase.open(shop.db)) {
            return new Importer(db, options).run(files, progress);
        } finally {
            progress.finish();
        }
    }

    private Map<Field, String> mapping(ImportKind forcedKind) throws java.io.IOException {
        Map<String, String> all = new LinkedHashMap<>();
        if (mappingFile != null) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(mappingFile, StandardCharsets.UTF_8)) {
                p.load(in);
            }
            p.stringPropertyNames().forEach(k -> all.put(k, p.getProperty(k)));
        }
        all.putAll(map);
        Map<Field, String> result = new EnumMap<>(Field.class);
        all.forEach((k, v) -> result.put(Field.ofKey(k, forcedKind), v));
        return result;
    }
}
