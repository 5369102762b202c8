package hako.cli;

import hako.customers.AsOfDate;
import hako.followups.Channel;
import hako.followups.Contact;
import hako.followups.ContactLog;
import hako.followups.Coverage;
import hako.followups.Outcome;
import hako.settings.HakoSettings;
import java.io.PrintWriter;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hako contacts CUSTOMER}: a customer's contact history and 3-3-2 status; {@code add} logs one by hand. */
@Command(name = "contacts", mixinStandardHelpOptions = true,
        description = "A customer's contacts, newest first, with the 3-3-2 check over the 90 days up to --as-of"
                + " (up to today when that is the latest order date, as on the board).")
final class ContactsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ShopOptions shop;

    @Mixin
    AsOfOption asOf;

    @Parameters(paramLabel = "CUSTOMER", arity = "0..1")
    String customer;

    @Override
    public Integer call() throws Exception {
        if (customer == null) {
            throw new IllegalArgumentException("name the customer: hako contacts CUSTOMER");
        }
        HakoSettings settings = shop.settings();
        try (Connection db = shop.openExisting()) {
            LocalDate date = asOf.resolve(db, settings.zone());
            ContactLog log = ContactLog.of(db, customer, Coverage.contactDay(date, AsOfDate.latestOrderDate(db),
                    LocalDate.now(settings.zone())));
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s: 3-3-2 on %s %s (%s)%n", customer, log.on(), log.status().meets() ? "met" : "not met",
                    log.status().describe());
            Listing t = new Listing("date", "channel", "outcome", "staff", "note", "task_id", "recorded_by");
            for (Contact c : log.contacts()) {
                t.row(c.date(), c.channel().key(), c.outcome().key(), c.staff(), c.note(), c.taskId(), c.recordedBy());
            }
            t.print(Listing.Format.table, out);
        }
        return 0;
    }

    @Command(name = "add", description = "Log a contact made by hand (a call, a letter) with CUSTOMER.")
    int add(@Mixin ShopOptions shop, @Mixin UserOption user, @Parameters(paramLabel = "CUSTOMER") String id,
            @Option(names = "--channel", required = true, description = "email, line, dm, package_insert, phone"
                    + " or ad_audience.") String channel,
            @Option(names = "--date", required = true, paramLabel = "DATE", description = "The day of the contact.")
            String date,
            @Option(names = "--outcome", defaultValue = "done", description = "done (default), no_answer or purchased.")
            String outcome,
            @Option(names = "--staff", description = "Who made the contact.") String staff,
            @Option(names = "--note", description = "Free text.") String note) throws Exception {
        HakoSettings settings = shop.settings();
        try (Connection db = shop.openExisting()) {
            LocalDate day = hako.customers.AsOfDate.parse(db, date, settings.zone());
            ContactLog.add(db, id, day, Channel.ofKey(channel), Outcome.parse(outcome), staff, note, user.user);
            spec.commandLine().getOut().printf("contact with %s on %s by %s logged%n", id, day, channel);
        }
        return 0;
    }
}
