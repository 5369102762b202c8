package hako.imports;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A column Hako understands, with the header names it is recognised by, in order of preference,
 * for each kind of file it can appear in. Header names are compared after {@link HeaderName#normalise}.
 */
public enum Field {
    // Orders
    ORDER_ID(Set.of(ImportKind.ORDERS), "order id", "orderid", "name", "invoiceno", "invoice", "order number",
            "受注番号", "注文番号", "注文id", "受注id", "伝票番号", "order_no"),
    ORDERED_AT(Set.of(ImportKind.ORDERS), "created at", "ordered at", "order date", "invoicedate", "date",
            "注文日時", "注文日", "受注日時", "受注日", "購入日時", "購入日"),
    CUSTOMER_ID(Set.of(ImportKind.ORDERS, ImportKind.CUSTOMERS, ImportKind.NPS), "customer id", "customerid", "customer",
            "顧客id", "会員id", "顧客番号", "会員番号", "顧客コード", "会員コード",
            "email", "e-mail", "メールアドレス", "mail", "メール"),
    PRODUCT_CODE(Set.of(ImportKind.ORDERS, ImportKind.PRODUCTS), "sku", "lineitem sku", "variant sku", "stockcode",
            "product code", "product id", "商品コード", "商品番号", "品番", "商品id"),
    PRODUCT_NAME(Set.of(ImportKind.ORDERS, ImportKind.PRODUCTS), "lineitem name", "description", "product name",
            "title", "商品名", "品名"),
    QUANTITY(Set.of(ImportKind.ORDERS), "lineitem quantity", "quantity", "qty", "数量", "個数", "注文数"),
    UNIT_PRICE(Set.of(ImportKind.ORDERS), "lineitem price", "unitprice", "unit price", "price", "単価",
            "販売価格", "価格", "商品単価"),
    AMOUNT(Set.of(ImportKind.ORDERS), "subtotal", "total", "amount", "小計", "合計金額", "金額", "注文金額",
            "受注金額", "購入金額", "商品合計"),
    LINE_AMOUNT(Set.of(ImportKind.ORDERS), "line amount", "lineitem total", "明細金額", "明細小計"),
    REFUNDED(Set.of(ImportKind.ORDERS), "refunded amount", "返金額", "返金金額"),
    STATUS(Set.of(ImportKind.ORDERS), "financial status", "status", "order status", "ステータス", "注文ステータス",
            "受注ステータス", "対応状況", "状態"),
    CANCELLED(Set.of(ImportKind.ORDERS), "cancelled at", "canceled at", "cancelled", "キャンセル", "キャンセル日",
            "キャンセル日時", "キャンセルフラグ", "取消"),
    // Customers master
    EMAIL(Set.of(ImportKind.CUSTOMERS), "email", "e-mail", "メールアドレス", "mail", "メール"),
    NAME(Set.of(ImportKind.CUSTOMERS), "name", "full name", "氏名", "お名前", "名前", "顧客名", "会員名"),
    LAST_NAME(Set.of(ImportKind.CUSTOMERS), "last name", "姓", "名字"),
    FIRST_NAME(Set.of(ImportKind.CUSTOMERS), "first name", "名"),
    PHONE(Set.of(ImportKind.CUSTOMERS), "phone", "default address phone", "tel", "電話番号", "電話", "携帯電話番号"),
    POSTAL_CODE(Set.of(ImportKind.CUSTOMERS), "zip", "default address zip", "postal code", "postcode", "郵便番号", "〒"),
    PREFECTURE(Set.of(ImportKind.CUSTOMERS), "default address province code", "province", "prefecture", "都道府県"),
    CITY(Set.of(ImportKind.CUSTOMERS), "default address city", "city", "市区町村"),
    ADDRESS(Set.of(ImportKind.CUSTOMERS), "default address address1", "address", "address1", "住所", "住所1", "番地"),
    ADDRESS2(Set.of(ImportKind.CUSTOMERS), "default address address2", "address2", "住所2", "建物名", "建物名・部屋番号"),
    LINE_USER_ID(Set.of(ImportKind.CUSTOMERS), "line user id", "line_user_id", "line id", "lineユーザーid", "lineid"),
    CONSENT_EMAIL(Set.of(ImportKind.CUSTOMERS), "consent email", "accepts email marketing", "メルマガ", "メルマガ購読",
            "メルマガ受信", "メルマガ配信", "メール配信", "メール配信可否"),
    CONSENT_LINE(Set.of(ImportKind.CUSTOMERS), "consent line", "line配信", "line配信可否", "line友だち"),
    CONSENT_DM(Set.of(ImportKind.CUSTOMERS), "consent dm", "dm", "dm送付", "dm送付可否", "dm可否", "dm希望"),
    CONSENT_PHONE(Set.of(ImportKind.CUSTOMERS), "consent phone", "電話連絡", "電話連絡可否", "電話可否"),
    REFERRED_BY(Set.of(ImportKind.CUSTOMERS), "referred by", "referrer", "紹介者", "紹介者id", "紹介者番号"),
    // Products master
    CATEGORY(Set.of(ImportKind.PRODUCTS), "category", "product type", "type", "カテゴリ", "カテゴリー", "商品カテゴリ",
            "商品カテゴリー", "商品分類"),
    PRICE(Set.of(ImportKind.PRODUCTS), "price", "variant price", "価格", "販売価格", "単価", "定価"),
    CYCLE_DAYS(Set.of(ImportKind.PRODUCTS), "cycle days", "利用サイクル", "利用サイクル日数", "サイクル日数", "利用日数",
            "使用日数"),
    // Acquisition spend
    MONTH(Set.of(ImportKind.ACQUISITION_SPEND), "month", "年月", "月", "対象月", "対象年月", "date", "日付"),
    SPEND(Set.of(ImportKind.ACQUISITION_SPEND), "spend", "amount", "cost", "ad spend", "acquisition spend", "広告費",
            "広告費用", "獲得費用", "獲得コスト", "費用", "金額"),
    CHANNEL(Set.of(ImportKind.ACQUISITION_SPEND), "channel", "media", "source", "チャネル", "チャネル名", "媒体",
            "広告媒体", "経路"),
    // NPS survey answers
    RESPONDED_ON(Set.of(ImportKind.NPS), "responded on", "response date", "answered at", "submitted at", "date",
            "回答日", "回答日時", "日付"),
    SCORE(Set.of(ImportKind.NPS), "score", "nps", "nps score", "recommend", "スコア", "点数", "推奨度", "おすすめ度"),
    COMMENT(Set.of(ImportKind.NPS), "comment", "comments", "reason", "コメント", "自由回答", "理由", "ご意見");

    private final Set<ImportKind> kinds;
    private final List<String> aliases;

    Field(Set<ImportKind> kinds, String... aliases) {
        this.kinds = kinds;
        this.aliases = List.of(aliases).stream().map(HeaderName::normalise).toList();
    }

    /** The name used in {@code --map} and in SQL: {@code order_id}, {@code ordered_at}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean appliesTo(ImportKind kind) {
        return kinds.contains(kind);
    }

    /** Normalised header names, most preferred first; the key itself is always accepted. */
    List<String> aliases() {
        return aliases;
    }

    /** The field for a {@code --map} key, or an error listing the keys of that kind. */
    public static Field ofKey(String key, ImportKind kind) {
        for (Field f : values()) {
            if (f.key().equals(key.strip().toLowerCase(Locale.ROOT)) && (kind == null || f.appliesTo(kind))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown field \"" + key + "\"" + (kind == null ? "" : " for " + kind.label())
                + "; fields: " + String.join(", ", keys(kind)));
    }

    static List<String> keys(ImportKind kind) {
        return java.util.Arrays.stream(values()).filter(f -> kind == null || f.appliesTo(kind)).map(Field::key).toList();
    }
}
