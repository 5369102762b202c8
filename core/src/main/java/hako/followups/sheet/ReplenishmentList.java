package hako.followups.sheet;

import hako.audit.AuditLog;
import hako.followups.Replenishment;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The replenishment list as a file: who runs out of a usage-cycle product within N days, per product. */
public final class ReplenishmentList {

    public static final String AUDIT_ACTION = "export_replenishment_list";

    private static final List<String> JA = List.of("商品コード", "商品名", "顧客ID", "氏名", "最終購入日", "数量",
            "利用サイクル日数", "使い切り予定日", "残り日数");
    private static final List<String> EN = List.of("Product code", "Product", "Customer ID", "Name", "Last bought",
            "Quantity", "Cycle days", "Runs out", "Days left");
    private static final List<Double> WIDTHS = List.of(14.0, 24.0, 14.0, 18.0, 12.0, 8.0, 10.0, 12.0, 9.0);

    private ReplenishmentList() {
    }

    /** Writes the list to {@code out} (left open) and records the export in the audit log; answers the rows. */
    public static int export(Connection c, LocalDate on, int days, Locale locale, FileFormat format, OutputStream out,
                             String user) throws Exception {
        List<Replenishment.Due> due = Replenishment.due(c, on, days);
        List<String> header = Labels.japanese(locale) ? JA : EN;
        try (RowsOut table = RowsOut.open(format, out, Labels.pick(locale, "補充", "Replenishment"), header, WIDTHS,
                List.of(4, 7))) {
            for (Replenishment.Due d : due) {
                // plain digits: a stripped 10 would print as 1E+1
                table.row(Arrays.asList(d.productCode(), d.productName(), d.customerId(), d.customerName(),
                        d.lastBought(), new BigDecimal(d.quantity().toPlainString()), d.cycleDays(), d.runOut(),
                        d.daysLeft()));
            }
        }
        AuditLog.record(c, user, AUDIT_ACTION, on + " +" + days + " days · " + format.extension(), due.size());
        return due.size();
    }
}
