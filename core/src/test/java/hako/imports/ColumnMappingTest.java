package hako.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which column holds which field: found from English or Japanese header names, or named explicitly. */
class ColumnMappingTest {

    static final List<String> SHOPIFY_ORDERS = List.of("Name", "Email", "Financial Status", "Paid at",
            "Fulfillment Status", "Fulfilled at", "Accepts Marketing", "Currency", "Subtotal", "Shipping", "Taxes",
            "Total", "Discount Code", "Discount Amount", "Shipping Method", "Created at", "Lineitem quantity",
            "Lineitem name", "Lineitem price", "Lineitem compare at price", "Lineitem sku",
            "Lineitem requires shipping", "Lineitem taxable", "Lineitem fulfillment status", "Billing Name",
            "Billing Street", "Billing Zip", "Billing Phone", "Shipping Name", "Notes", "Cancelled at",
            "Payment Method", "Refunded Amount", "Vendor", "Outstanding Balance", "Id", "Tags", "Source", "Phone");

    static final List<String> UCI = List.of("InvoiceNo", "StockCode", "Description", "Quantity", "InvoiceDate",
            "UnitPrice", "CustomerID", "Country");

    @Test
    void detectsJapaneseOrderHeaders() {
        ColumnMapping m = orders("受注番号", "注文日時", "顧客ID", "商品コード", "商品名", "数量", "単価", "合計金額", "ステータス",
                "キャンセル");
        assertThat(header(m, Field.ORDER_ID)).isEqualTo("受注番号");
        assertThat(header(m, Field.ORDERED_AT)).isEqualTo("注文日時");
        assertThat(header(m, Field.CUSTOMER_ID)).isEqualTo("顧客ID");
        assertThat(header(m, Field.PRODUCT_CODE)).isEqualTo("商品コード");
        assertThat(header(m, Field.PRODUCT_NAME)).isEqualTo("商品名");
        assertThat(header(m, Field.QUANTITY)).isEqualTo("数量");
        assertThat(header(m, Field.UNIT_PRICE)).isEqualTo("単価");
        assertThat(header(m, Field.AMOUNT)).isEqualTo("合計金額");
        assertThat(header(m, Field.STATUS)).isEqualTo("ステータス");
        assertThat(header(m, Field.CANCELLED)).isEqualTo("キャンセル");
    }

    @Test
    void detectsOtherJapaneseSpellings() {
        ColumnMapping m = orders("注文番号", "注文日", "会員ID", "商品番号", "個数", "販売価格", "小計");
        assertThat(header(m, Field.ORDER_ID)).isEqualTo("注文番号");
        assertThat(header(m, Field.ORDERED_AT)).isEqualTo("注文日");
        assertThat(header(m, Field.CUSTOMER_ID)).isEqualTo("会員ID");
        assertThat(header(m, Field.PRODUCT_CODE)).isEqualTo("商品番号");
        assertThat(header(m, Field.QUANTITY)).isEqualTo("個数");
        assertThat(header(m, Field.UNIT_PRICE)).isEqualTo("販売価格");
        assertThat(header(m, Field.AMOUNT)).isEqualTo("小計");

        ColumnMapping n = orders("受注番号", "受注日", "顧客番号", "価格", "金額");
        assertThat(header(n, Field.ORDERED_AT)).isEqualTo("受注日");
        assertThat(header(n, Field.CUSTOMER_ID)).isEqualTo("顧客番号");
        assertThat(header(n, Field.UNIT_PRICE)).isEqualTo("価格");
        assertThat(header(n, Field.AMOUNT)).isEqualTo("金額");
    }

    @Test
    void readsHeadersWithFullWidthLettersSpacesAndBracketedNotes() {
        ColumnMapping m = orders(" 受注番号 ", "注文日時", "ＭＡＩＬ", "合計金額(税込)", "数量（個）");
        assertThat(header(m, Field.ORDER_ID)).isEqualTo(" 受注番号 ");
        assertThat(header(m, Field.CUSTOMER_ID)).isEqualTo("ＭＡＩＬ");
        assertThat(header(m, Field.AMOUNT)).isEqualTo("合計金額(税込)");
        assertThat(header(m, Field.QUANTITY)).isEqualTo("数量（個）");
    }

    @Test
    void usesTheEmailAsTheCustomerWhenThereIsNoCustomerId() {
        assertThat(header(orders("注文番号", "注文日", "メールアドレス", "金額"), Field.CUSTOMER_ID)).isEqualTo("メールアドレス");
        assertThat(header(orders("Order ID", "Date", "Customer ID", "Email", "Total"), Field.CUSTOMER_ID))
                .isEqualTo("Customer ID");
    }

    @Test
    void detectsTheShopifyOrdersExport() {
        ColumnMapping m = ColumnMapping.detect(ImportKind.ORDERS, SHOPIFY_ORDERS, Map.of());
        assertThat(header(m, Field.ORDER_ID)).isEqualTo("Name");
        assertThat(header(m, Field.ORDERED_AT)).isEqualTo("Created at");
        assertThat(header(m, Field.CUSTOMER_ID)).isEqualTo("Email");
        assertThat(header(m, Field.PRODUCT_CODE)).isEqualTo("Lineitem sku");
        assertThat(header(m, Field.PRODUCT_NAME)).isEqualTo("Lineitem name");
        assertThat(header(m, Field.QUANTITY)).isEqualTo("Lineitem quantity");
        assertThat(header(m, Field.UNIT_PRICE)).isEqualTo("Lineitem price");
        assertThat(header(m, Field.AMOUNT)).as("goods before shipping and taxes").isEqualTo("Subtotal");
        assertThat(header(m, Field.REFUNDED)).isEqualTo("Refunded Amount");
        assertThat(header(m, Field.STATUS)).isEqualTo("Financial Status");
        assertThat(header(m, Field.CANCELLED)).isEqualTo("Cancelled at");
        assertThat(ColumnMapping.guessKind(SHOPIFY_ORDERS)).contains(ImportKind.ORDERS);
    }

    @Test
    void detectsTheUciOnlineRetailHeaders() {
        ColumnMapping m = ColumnMapping.detect(ImportKind.ORDERS, UCI, Map.of());
        assertThat(m.describe()).containsExactly("\"InvoiceNo\" → order_id", "\"StockCode\" → product_code",
                "\"Description\" → product_name", "\"Quantity\" → quantity", "\"InvoiceDate\" → ordered_at",
                "\"UnitPrice\" → unit_price", "\"CustomerID\" → customer_id");
        assertThat(m.has(Field.AMOUNT)).isFalse();
        assertThat(ColumnMapping.guessKind(UCI)).contains(ImportKind.ORDERS);
    }

    @Test
    void anExplicitMappingWinsOverDetection() {
        ColumnMapping m = ColumnMapping.detect(ImportKind.ORDERS, SHOPIFY_ORDERS,
                Map.of(Field.AMOUNT, "Total", Field.ORDER_ID, "Id"));
        assertThat(header(m, Field.AMOUNT)).isEqualTo("Total");
        assertThat(header(m, Field.ORDER_ID)).isEqualTo("Id");
    }

    @Test
    void aColumnNamedExplicitlyIsNotAlsoDetectedForAnotherField() {
        ColumnMapping m = orders(Map.of(Field.CUSTOMER_ID, "Name"), "Name", "Date", "Amount");
        assertThat(header(m, Field.CUSTOMER_ID)).isEqualTo("Name");
        assertThat(m.has(Field.ORDER_ID)).isFalse();
        assertThat(m.missing()).contains(Field.ORDER_ID);
    }

    @Test
    void anExplicitMappingMatchesHeadersLoosely() {
        ColumnMapping m = orders(Map.of(Field.ORDER_ID, "伝票 No"), "伝票No", "注文日", "会員ID", "金額");
        assertThat(header(m, Field.ORDER_ID)).isEqualTo("伝票No");
    }

    @Test
    void anExplicitMappingToAMissingColumnIsAClearError() {
        assertThatThrownBy(() -> orders(Map.of(Field.ORDER_ID, "伝票番号X"), "受注番号", "注文日", "会員ID", "金額"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--map order_id=伝票番号X: no column \"伝票番号X\"; the columns are: 受注番号, 注文日, 会員ID, 金額");
    }

    @Test
    void anUnknownFieldKeyIsAClearError() {
        assertThatThrownBy(() -> Field.ofKey("colour", ImportKind.ORDERS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown field \"colour\" for orders")
                .hasMessageContaining("order_id");
        assertThat(Field.ofKey(" Ordered_At ", ImportKind.ORDERS)).isEqualTo(Field.ORDERED_AT);
    }

    @Test
    void detectsACustomersMaster() {
        List<String> headers = List.of("顧客ID", "氏名", "メールアドレス", "電話番号", "郵便番号", "都道府県", "住所", "LINEユーザーID",
                "メルマガ", "LINE配信", "DM送付可否", "電話連絡可否", "紹介者ID");
        assertThat(ColumnMapping.guessKind(headers)).contains(ImportKind.CUSTOMERS);
        ColumnMapping m = ColumnMapping.detect(ImportKind.CUSTOMERS, headers, Map.of());
        assertThat(header(m, Field.CUSTOMER_ID)).isEqualTo("顧客ID");
        assertThat(header(m, Field.NAME)).isEqualTo("氏名");
        assertThat(header(m, Field.EMAIL)).isEqualTo("メールアドレス");
        assertThat(header(m, Field.PHONE)).isEqualTo("電話番号");
        assertThat(header(m, Field.POSTAL_CODE)).isEqualTo("郵便番号");
        assertThat(header(m, Field.PREFECTURE)).isEqualTo("都道府県");
        assertThat(header(m, Field.ADDRESS)).isEqualTo("住所");
        assertThat(header(m, Field.LINE_USER_ID)).isEqualTo("LINEユーザーID");
        assertThat(header(m, Field.CONSENT_EMAIL)).isEqualTo("メルマガ");
        assertThat(header(m, Field.CONSENT_LINE)).isEqualTo("LINE配信");
        assertThat(header(m, Field.CONSENT_DM)).isEqualTo("DM送付可否");
        assertThat(header(m, Field.CONSENT_PHONE)).isEqualTo("電話連絡可否");
        assertThat(header(m, Field.REFERRED_BY)).isEqualTo("紹介者ID");
    }

    @Test
    void aCustomersMasterKeyedByEmailUsesItAsBothIdAndEmail() {
        List<String> headers = List.of("Email", "First Name", "Last Name", "Phone");
        assertThat(ColumnMapping.guessKind(headers)).contains(ImportKind.CUSTOMERS);
        ColumnMapping m = ColumnMapping.detect(ImportKind.CUSTOMERS, headers, Map.of());
        assertThat(header(m, Field.CUSTOMER_ID)).isEqualTo("Email");
        assertThat(header(m, Field.EMAIL)).isEqualTo("Email");
        assertThat(header(m, Field.FIRST_NAME)).isEqualTo("First Name");
        assertThat(header(m, Field.LAST_NAME)).isEqualTo("Last Name");
    }

    @Test
    void detectsAProductsMaster() {
        List<String> headers = List.of("商品コード", "商品名", "カテゴリ", "販売価格", "利用サイクル日数");
        assertThat(ColumnMapping.guessKind(headers)).contains(ImportKind.PRODUCTS);
        ColumnMapping m = ColumnMapping.detect(ImportKind.PRODUCTS, headers, Map.of());
        assertThat(header(m, Field.PRODUCT_CODE)).isEqualTo("商品コード");
        assertThat(header(m, Field.PRODUCT_NAME)).isEqualTo("商品名");
        assertThat(header(m, Field.CATEGORY)).isEqualTo("カテゴリ");
        assertThat(header(m, Field.PRICE)).isEqualTo("販売価格");
        assertThat(header(m, Field.CYCLE_DAYS)).isEqualTo("利用サイクル日数");
        assertThat(ColumnMapping.guessKind(List.of("SKU", "Title", "Price", "cycle_days"))).contains(ImportKind.PRODUCTS);
    }

    @Test
    void guessesOrdersFromJapaneseHeaders() {
        assertThat(ColumnMapping.guessKind(List.of("受注番号", "受注日", "会員ID", "商品コード", "数量", "単価")))
                .contains(ImportKind.ORDERS);
    }

    @Test
    void cannotGuessAFileWithoutKnownColumns() {
        assertThat(ColumnMapping.guessKind(List.of("foo", "bar", "baz"))).isEmpty();
    }

    private static ColumnMapping orders(String... headers) {
        return orders(Map.of(), headers);
    }

    private static ColumnMapping orders(Map<Field, String> overrides, String... headers) {
        return ColumnMapping.detect(ImportKind.ORDERS, List.of(headers), overrides);
    }

    private static String header(ColumnMapping m, Field field) {
        return m.column(field).map(m.headers()::get).orElse(null);
    }
}
