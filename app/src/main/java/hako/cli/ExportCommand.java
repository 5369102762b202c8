package hako.cli;

import hako.scaleout.OrdersParquet;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hako export --format parquet OUT}: the orders for another engine (the Spark job). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the shop's normalised orders (order_id, customer_id, order_date, amount, cancelled)"
                + " as Parquet, the input of the Spark metrics job (see README, \"Scale-out on Spark\")."
                + " Recorded in the audit log.")
final class ExportCommand implements Callable<Integer> {

    enum Format { parquet }

    @Spec
    CommandSpec spec;

    @Mixin
    ShopOptions shop;

    @Option(names = "--format", defaultValue = "parquet", description = "parquet (default ${DEFAULT-VALUE}).")
    Format format;

    @Parameters(paramLabel = "OUT", description = "The file to write; must not exist.")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (Connection db = shop.openExisting()) {
            long rows = OrdersParquet.export(db, out, ExportFileOptions.osUser());
            spec.commandLine().getOut().printf("%,d orders written to %s%n", rows, out);
        }
        return 0;
    }
}
