package hako.followups;

import static hako.followups.Channel.DM;
import static hako.followups.Channel.EMAIL;
import static hako.followups.Channel.LINE;
import static hako.followups.Channel.PHONE;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The plans Hako ships, implementing the documents (DOMAIN.md steps 3, 4 and 8): TOP1% individual
 * care, multi-buyers before R reaches 60, one-time buyers' usage support and reminder, and
 * replenishment of usage-cycle products. Each passes the 3-3-2 rule. Installed when a shop has no plan.
 */
public final class DefaultPlans {

    /** Who installs the defaults, as recorded in {@code updated_by}. */
    public static final String INSTALLER = "hako";

    public static final List<Plan> PLANS = List.of(
            new Plan("top1_care", "TOP1% 個別対応 (individual care)", Target.parse("cluster=top1"), true, List.of(
                    new Step(1, Trigger.recency(7), PHONE, "担当者からお礼の電話（使い心地・要望を伺う）"),
                    new Step(2, Trigger.recency(21), DM, "担当者の手書きレター：会員サービス・先行案内"),
                    new Step(3, Trigger.recency(30), LINE, "担当者から個別メッセージ（新商品・限定品のご案内）"),
                    new Step(4, Trigger.recency(45), PHONE, "R45：担当者から状況確認の電話"))),
            new Plan("multi_buyer", "複数回購入者 R30/45/55 (multi-buyers before R 60)",
                    Target.parse("behaviour=multi_buyer;cluster!=top1"), true, List.of(
                    new Step(1, Trigger.recency(30), EMAIL, "R30：お礼とおすすめ商品のご案内"),
                    new Step(2, Trigger.recency(45), DM, "R45：はがきで限定オファー"),
                    new Step(3, Trigger.recency(55), LINE, "R55：60日を迎える前の最後のご案内"))),
            new Plan("one_time", "1回購入者 使い方サポートとリマインド (one-time buyers)",
                    Target.parse("behaviour=one_time"), true, List.of(
                    new Step(1, Trigger.sinceFirst(3), EMAIL, "3日目：使い方サポート（効果的な使い方）"),
                    new Step(2, Trigger.sinceFirst(14), LINE, "14日目：使い心地の確認とよくある質問"),
                    new Step(3, Trigger.sinceFirst(30), DM, "30日目：リマインドはがき（2回目購入のご案内）"))),
            new Plan("replenishment", "利用サイクル商品の買い替え (replenishment)",
                    Target.parse("behaviour=usage_cycle"), true, List.of(
                    new Step(1, Trigger.runOut(-10), DM, "なくなる10日前：はがきで買い替えのご案内"),
                    new Step(2, Trigger.runOut(-5), EMAIL, "なくなる5日前：買い替えのご案内メール"),
                    new Step(3, Trigger.runOut(0), LINE, "なくなる日：LINEで最後のご案内"))));

    private DefaultPlans() {
    }

    /** Installs the default plans when the shop has none; returns whether it did. */
    public static boolean installIfNone(Connection c) throws SQLException {
        if (!PlanStore.list(c).isEmpty()) {
            return false;
        }
        PlanStore.saveAll(c, PLANS, INSTALLER);
        return true;
    }
}
