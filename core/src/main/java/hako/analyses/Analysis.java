package hako.analyses;

import java.util.Locale;

/** The analyses, each with the one sentence that defines it, in Japanese and English. */
public enum Analysis {
    DECOMPOSITION(
            "月ごとに売上を顧客数（購入者数）× 頻度（注文数 ÷ 購入者数）× 単価（売上 ÷ 注文数）に分解し、それぞれを前年同月と比べ、新規（その月が初回購入）と既存に分けます。",
            "Each month's sales split into customers (distinct buyers) × frequency (orders ÷ buyers) × unit price"
                    + " (sales ÷ orders), each compared with the same month a year earlier, for new customers (first"
                    + " purchase that month) and existing ones."),
    COHORTS(
            "初回購入月ごとの顧客群について、初回購入月を1か月目として各月の継続率（その月に購入した割合）と1人あたり累計売上（実績LTV）を示します。",
            "Customers grouped by first-purchase month; with that month as month 1, the share who buy in each month"
                    + " (continuation) and the cumulative revenue per customer (historical LTV)."),
    ACQUISITION_COST(
            "月ごとの獲得費用 ÷ その月の新規顧客数をCPOとし、12か月LTVより大きければ「漏れ」（CPO > LTV）とします。",
            "CPO is a month's acquisition spend ÷ its new customers; a leak is a CPO above the 12-month LTV."),
    ENTRY_PRODUCTS(
            "初回注文に含まれた商品（またはカテゴリ）ごとに、顧客数、90日・180日以内のF2転換率、2回目購入までの平均日数、12か月LTVを示します。",
            "Per product (or category) in customers' first order: customers, F2 rate within 90 and 180 days,"
                    + " average days to the second purchase and 12-month LTV."),
    JOURNEY(
            "TOP1%顧客の最初の4回の注文で買った商品（またはカテゴリ）の順序と各段階の間隔（中央値日数）を、リピーター全体と並べて示します。",
            "The product (or category) sequence of the TOP1% customers' first four orders, with the median days"
                    + " between them, beside the same for all repeat buyers."),
    BEHAVIOURS(
            "平均ではなく行動で分けます：ヘビーユーザー、1回購入者、季節購入者、まとめ買い購入者（重なりあり）。",
            "Customers by behaviour rather than averages: heavy users, one-time buyers, seasonal buyers and bulk"
                    + " buyers (a customer can be in several)."),
    NPS(
            "NPS = 推奨者（9–10）の割合 − 批判者（0–6）の割合。顧客は最新の回答でロイヤルティ高（9–10）・中（7–8）・低（0–6）に分かれます。",
            "NPS = % of promoters (9–10) − % of detractors (0–6); each customer's latest answer puts them in"
                    + " high (9–10), mid (7–8) or low (0–6) loyalty.");

    private final Bilingual definition;

    Analysis(String japanese, String english) {
        this.definition = new Bilingual(japanese, english);
    }

    /** The defining sentence in {@code locale}'s language (Japanese unless English is asked for). */
    public String definition(Locale locale) {
        return definition.in(locale);
    }
}
