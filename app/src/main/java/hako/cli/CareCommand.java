package hako.cli;

import hako.followups.CareCustomer;
import hako.followups.IndividualCare;
import hako.settings.HakoSettings;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hako care}: TOP1% individual care — who, R, last contact, next step, staff in charge. */
@Command(name = "care", mixinStandardHelpOptions = true,
        description = "TOP1% individual care: every TOP1% customer with R, last contact, the next due step (earliest"
                + " open task, else the care plan's next step) and the staff member in charge.")
final class CareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ShopOptions shop;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--format", defaultValue = "table", description = "table (default) or csv.")
    Listing.Format format;

    @Override
    public Integer call() throws Exception {
        HakoSettings settings = shop.settings();
        try (Connection db = shop.openExisting()) {
            LocalDate date = asOf.resolve(db, settings.zone());
            Listing out = new Listing("rank", "customer_id", "name", "frequency", "monetary", "last_purchase", "R",
                    "last_contact", "last_channel", "next_due", "next_channel", "next_plan", "next_step", "task_id",
                    "staff").alignRight(0, 3, 4, 6);
            for (CareCustomer c : IndividualCare.list(db, date, settings.rules())) {
                CareCustomer.Next n = c.next();
                out.row(c.rank(), c.customerId(), c.name(), c.frequency(), c.monetary(), c.lastPurchase(), c.recencyDays(),
                        c.lastContact() == null ? null : c.lastContact().date(),
                        c.lastContact() == null ? null : c.lastContact().channel().key(),
                        n == null ? null : n.due(), n == null ? null : n.channel().key(), n == null ? null : n.planId(),
                        n == null ? null : n.stepNo(), n == null ? null : n.taskId(), c.staff());
            }
            out.print(format, spec.commandLine().getOut());
        }
        return 0;
    }

    @Command(name = "assign", description = "Put STAFF in charge of CUSTOMER.")
    int assign(@Mixin ShopOptions shop, @Mixin UserOption user, @Parameters(paramLabel = "CUSTOMER") String customer,
               @Parameters(paramLabel = "STAFF") String staff) throws Exception {
        try (Connection db = shop.openExisting()) {
            IndividualCare.assign(db, customer, staff, user.user);
            spec.commandLine().getOut().println(staff + " is in charge of " + customer);
        }
        return 0;
    }

    @Command(name = "clear", description = "Leave CUSTOMER without a staff member in charge.")
    int clear(@Mixin ShopOptions shop, @Parameters(paramLabel = "CUSTOMER") String customer) throws Exception {
        try (Connection db = shop.openExisting()) {
            boolean was = IndividualCare.clear(db, customer);
            spec.commandLine().getOut().println(was ? "nobody is in charge of " + customer + " now"
                    : "nobody was in charge of " + customer);
        }
        return 0;
    }
}
