package hako.cli;

import hako.followups.Replenishment;
import hako.settings.HakoSettings;
import hako.audit.AuditLog;
import hako.followups.sheet.ReplenishmentList;
import java.sql.Connection;
import java.util.List;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hako replenishment}: who runs out of a usage-cycle product soon, per product. */
@Command(name = "replenishment", mixinStandardHelpOptions = true,
        description = "Customers whose usage-cycle product runs out within --days of --as-of (last purchase of it +"
                + " cycle_days × quantity) and who have not bought it since, per product.")
final class ReplenishmentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ShopOptions shop;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--days", defaultValue = "7", description = "Run-out within this many days, default ${DEFAULT-VALUE}.")
    int days;

    @Option(names = "--format", defaultValue = "table", description = "table (default) or csv.")
    Listing.Format format;

    @Override
    public Integer call() throws Exception {
        HakoSettings settings = shop.settings();
        try (Connection db = shop.openExisting()) {
            LocalDate on = asOf.resolve(db, settings.zone());
            Listing out = new Listing("product_code", "product_name", "customer_id", "name", "last_bought", "quantity",
                    "cycle_days", "run_out", "days_left").alignRight(5, 6, 8);
            List<Replenishment.Due> due = Replenishment.due(db, on, days);
            for (Replenishment.Due d : due) {
                out.row(d.productCode(), d.productName(), d.customerId(), d.customerName(), d.lastBought(),
                        d.quantity().toPlainString(), d.cycleDays(), d.runOut(), d.daysLeft());
            }
            out.print(format, spec.commandLine().getOut());
            AuditLog.record(db, ExportFileOptions.osUser(), ReplenishmentList.AUDIT_ACTION,
                    on + " +" + days + " days · " + format, due.size());
        }
        return 0;
    }
}
