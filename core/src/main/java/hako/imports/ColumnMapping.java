package hako.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of a file holds which {@link Field}: found from the header names, with explicit
 * {@code field=Header} overrides taking precedence.
 */
public final class ColumnMapping {

    private final ImportKind kind;
    private final List<String> headers;
    private final Map<Field, Integer> columns;

    private ColumnMapping(ImportKind kind, List<String> headers, Map<Field, Integer> columns) {
        this.kind = kind;
        this.headers = List.copyOf(headers);
        this.columns = columns;
    }

    /**
     * Detects every field of {@code kind} from {@code headers}, with {@code overrides} (field → header)
     * taking precedence. Two columns that could both be a field (duplicate or near-identical headers,
     * such as 金額(税込) and 金額(税抜)) are an error naming both, not a silent choice.
     */
    public static ColumnMapping detect(ImportKind kind, List<String> headers, Map<Field, String> overrides) {
        return detect(kind, headers, overrides, true);
    }

    /** As {@link #detect}, but where two columns could be a field the first is taken, for a person to check. */
    static ColumnMapping detectLenient(ImportKind kind, List<String> headers) {
        return detect(kind, headers, Map.of(), false);
    }

    /**
     * Exactly the fields in {@code chosen} (field → header), nothing detected: what a person confirmed.
     * Two fields may share a column (a customer id that is the email address).
     */
    public static ColumnMapping exact(ImportKind kind, List<String> headers, Map<Field, String> chosen) {
        List<String> normalised = headers.stream().map(HeaderName::normalise).toList();
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        chosen.forEach((field, header) -> {
            if (!field.appliesTo(kind)) {
                throw new IllegalArgumentException(field.key() + " is not a column of " + kind.label() + " files");
            }
            columns.put(field, indexOf(headers, normalised, header, field));
        });
        return new ColumnMapping(kind, headers, columns);
    }

    private static ColumnMapping detect(ImportKind kind, List<String> headers, Map<Field, String> overrides,
                                        boolean strict) {
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        List<String> normalised = headers.stream().map(HeaderName::normalise).toList();
        overrides.forEach((field, header) -> columns.put(field, indexOf(headers, normalised, header, field)));
        boolean[] claimed = new boolean[headers.size()];
        columns.values().forEach(i -> claimed[i] = true);
        for (Field field : Field.values()) {
            if (!field.appliesTo(kind) || columns.containsKey(field)) {
                continue;
            }
            find(field, headers, normalised, claimed, strict).ifPresent(i -> {
                columns.put(field, i);
                claimed[i] = true;
            });
        }
        Integer customer = columns.get(Field.CUSTOMER_ID);
        if (kind == ImportKind.CUSTOMERS && !columns.containsKey(Field.EMAIL) && customer != null
                && Field.EMAIL.aliases().contains(normalised.get(customer))) {
            columns.put(Field.EMAIL, customer);   // customers keyed by their email address
        }
        return new ColumnMapping(kind, headers, columns);
    }

    private static Optional<Integer> find(Field field, List<String> headers, List<String> normalised,
                                          boolean[] claimed, boolean strict) {
        List<String> names = new ArrayList<>(field.aliases());
        names.add(HeaderName.normalise(field.key()));
        for (String alias : names) {
            List<Integer> hits = new ArrayList<>();
            for (int i = 0; i < normalised.size(); i++) {
                if (!claimed[i] && normalised.get(i).equals(alias)) {
                    hits.add(i);
                }
            }
            if (hits.size() > 1 && strict) {
                throw new IllegalArgumentException(ambiguous(field, headers, hits));
            }
            if (!hits.isEmpty()) {
                return Optional.of(hits.get(0));
            }
        }
        return Optional.empty();
    }

    private static String ambiguous(Field field, List<String> headers, List<Integer> columns) {
        return "columns " + String.join(" and ", columns.stream()
                .map(i -> "\"" + headers.get(i) + "\" (column " + (i + 1) + ")").toList())
                + " could each be " + field.key() + ": name the one to use with --map " + field.key() + "=<column>";
    }

    private static int indexOf(List<String> headers, List<String> normalised, String header, Field field) {
        for (List<String> names : List.of(headers, normalised)) {
            String wanted = names == headers ? header : HeaderName.normalise(header);
            List<Integer> hits = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).equals(wanted)) {
                    hits.add(i);
                }
            }
            if (hits.size() > 1) {
                throw new IllegalArgumentException("--map " + field.key() + "=" + header + ": "
                        + ambiguous(field, headers, hits).replace(": name the one", "; rename one of them"));
            }
            if (hits.size() == 1) {
                return hits.get(0);
            }
        }
        throw new IllegalArgumentException("--map " + field.key() + "=" + header + ": no column \"" + header
                + "\"; the columns are: " + String.join(", ", headers));
    }

    public ImportKind kind() {
        return kind;
    }

    public List<String> headers() {
        return headers;
    }

    public boolean has(Field field) {
        return columns.containsKey(field);
    }

    /** Zero-based column index of {@code field}, if mapped. */
    public Optional<Integer> column(Field field) {
        return Optional.ofNullable(columns.get(field));
    }

    /** Fields of this kind with no column. */
    public List<Field> missing() {
        return java.util.Arrays.stream(Field.values()).filter(f -> f.appliesTo(kind) && !has(f)).toList();
    }

    /** One line per mapped field, {@code "注文番号" → order_id}, in column order. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        columns.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> lines.add("\"" + headers.get(e.getValue()) + "\" → " + e.getKey().key()));
        return lines;
    }

    /** Guesses what a file holds from its headers, or empty when it cannot tell. */
    public static Optional<ImportKind> guessKind(List<String> headers) {
        return guessKind(headers, Map.of());
    }

    /**
     * Guesses what a file holds from its headers and the user's explicit mapping. A customers list
     * can have "Name" and "Date" columns too: an order id found only as "Name" needs line columns
     * (product, quantity, price) beside it, a date found only as "Date" those or an amount.
     */
    public static Optional<ImportKind> guessKind(List<String> headers, Map<Field, String> overrides) {
        Map<Field, String> forOrders = applicable(overrides, ImportKind.ORDERS);
        ColumnMapping orders = detect(ImportKind.ORDERS, headers, forOrders, false);
        if (orders.has(Field.ORDER_ID) && orders.has(Field.ORDERED_AT)) {
            boolean lines = orders.has(Field.PRODUCT_CODE) || orders.has(Field.PRODUCT_NAME) || orders.has(Field.QUANTITY)
                    || orders.has(Field.UNIT_PRICE) || orders.has(Field.LINE_AMOUNT);
            boolean idOnlyByName = !forOrders.containsKey(Field.ORDER_ID)
                    && orders.normalisedHeader(Field.ORDER_ID).equals("name");
            boolean dateOnlyByDate = !forOrders.containsKey(Field.ORDERED_AT)
                    && orders.normalisedHeader(Field.ORDERED_AT).equals("date");
            boolean unsure = idOnlyByName && !lines || dateOnlyByDate && !lines && !orders.has(Field.AMOUNT);
            return unsure ? Optional.empty() : Optional.of(ImportKind.ORDERS);
        }
        ColumnMapping nps = detect(ImportKind.NPS, headers, applicable(overrides, ImportKind.NPS), false);
        if (nps.has(Field.SCORE) && nps.has(Field.CUSTOMER_ID)) {
            return Optional.of(ImportKind.NPS);
        }
        ColumnMapping spend = detect(ImportKind.ACQUISITION_SPEND, headers,
                applicable(overrides, ImportKind.ACQUISITION_SPEND), false);
        if (spend.has(Field.MONTH) && spend.has(Field.SPEND) && !nps.has(Field.CUSTOMER_ID)) {
            return Optional.of(ImportKind.ACQUISITION_SPEND);
        }
        ColumnMapping customers = detect(ImportKind.CUSTOMERS, headers, applicable(overrides, ImportKind.CUSTOMERS), false);
        ColumnMapping products = detect(ImportKind.PRODUCTS, headers, applicable(overrides, ImportKind.PRODUCTS), false);
        if (products.has(Field.PRODUCT_CODE) && !customers.has(Field.CUSTOMER_ID)) {
            return Optional.of(ImportKind.PRODUCTS);
        }
        if (customers.has(Field.CUSTOMER_ID)) {
            return Optional.of(ImportKind.CUSTOMERS);
        }
        return Optional.empty();
    }

    private String normalisedHeader(Field field) {
        return HeaderName.normalise(headers.get(columns.get(field)));
    }

    /** The overrides that name fields of {@code kind}. */
    static Map<Field, String> applicable(Map<Field, String> overrides, ImportKind kind) {
        Map<Field, String> result = new EnumMap<>(Field.class);
        overrides.forEach((field, header) -> {
            if (field.appliesTo(kind)) {
                result.put(field, header);
            }
        });
        return result;
    }
}
