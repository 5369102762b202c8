package hako.clv;

import hako.testing.SharedData;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CDNOW 1/10 sample (2,357 customers), summarised in plain Java by the rules of the data README,
 * independently of Hako's SQL: days merged, the first day not a repeat, calibration through 1997-09-30.
 */
final class CdnowSample {

    static final Path FILE = SharedData.file("cdnow/CDNOW_sample.txt");
    static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
    static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);

    /** One line of the sample. */
    record Line(long lineNo, int customer, LocalDate date, BigDecimal dollars) {
    }

    /** One customer's calibration summary in days, with the holdout count. */
    record Customer(int id, LocalDate first, int x, int txDays, int tDays, double zbar, int holdout) {
    }

    private CdnowSample() {
    }

    static List<Line> lines() throws Exception {
        List<Line> result = new ArrayList<>();
        long no = 0;
        for (String text : Files.readAllLines(FILE, StandardCharsets.US_ASCII)) {
            String[] f = text.strip().split("\\s+");
            result.add(new Line(++no, Integer.parseInt(f[1]), LocalDate.parse(f[2], DateTimeFormatter.BASIC_ISO_DATE),
                    new BigDecimal(f[4])));
        }
        return result;
    }

    static List<Customer> customers() throws Exception {
        Map<Integer, TreeMap<LocalDate, BigDecimal>> days = new TreeMap<>();
        for (Line l : lines()) {
            days.computeIfAbsent(l.customer(), k -> new TreeMap<>()).merge(l.date(), l.dollars(), BigDecimal::add);
        }
        List<Customer> result = new ArrayList<>();
        days.forEach((id, byDay) -> {
            LocalDate first = byDay.firstKey();
            var calibration = byDay.headMap(CALIBRATION_END, true);
            int x = calibration.size() - 1;
            double zbar = calibration.tailMap(first, false).values().stream().mapToDouble(BigDecimal::doubleValue)
                    .average().orElse(0);
            result.add(new Customer(id, first, x, (int) ChronoUnit.DAYS.between(first, calibration.lastKey()),
                    (int) ChronoUnit.DAYS.between(first, CALIBRATION_END), zbar,
                    byDay.tailMap(CALIBRATION_END, false).size()));
        });
        return result;
    }

    /** One pattern per customer (no grouping): the likelihood must not depend on how patterns are grouped. */
    static Patterns patterns(List<Customer> customers) {
        int n = customers.size();
        int[] x = new int[n];
        int[] tx = new int[n];
        int[] t = new int[n];
        long[] count = new long[n];
        for (int i = 0; i < n; i++) {
            Customer c = customers.get(i);
            x[i] = c.x();
            tx[i] = c.txDays();
            t[i] = c.tDays();
            count[i] = 1;
        }
        return new Patterns(x, tx, t, count);
    }

    static Spends spends(List<Customer> customers) {
        List<Customer> repeaters = customers.stream().filter(c -> c.x() > 0).toList();
        return new Spends(repeaters.stream().mapToInt(Customer::x).toArray(),
                repeaters.stream().mapToDouble(Customer::zbar).toArray());
    }
}
