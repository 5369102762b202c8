package hako.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A message whose trigger has no link (a site event without a page URL) leaves out the sentence leading to it. */
class MessageRendererTest {

    final MessageRenderer renderer = new MessageRenderer(Shop.SETTINGS.delivery(), Optional.of(new LinkTokens(Shop.SECRET)));

    TriggerContent cart(String link) {
        return new TriggerContent("cart_abandonment:C1:e-1:1", "cart_abandonment", "C1", 1, link,
                List.of(new TriggerContent.Item("P-1", "有機緑茶 100g", new BigDecimal("1280"), 2, null)));
    }

    @Test
    void withoutALinkTheLeadInToItIsLeftOutOnBothChannels() {
        String email = renderer.render(cart(null), Channel.EMAIL, "山田 花子").text();
        String line = renderer.render(cart(null), Channel.LINE, "山田 花子").text();

        assertThat(email).contains("・有機緑茶 100g ×2 ￥1,280\n\n在庫には限りがございます。")
                .doesNotContain("ご購入の手続きはこちらから", "/t/", "{link}");
        assertThat(line).doesNotContain("ご購入はこちらから", "/t/", "{link}").contains("有機緑茶 100g");
    }

    @Test
    void withALinkTheSentenceAndTheTrackedLinkAreThere() {
        String email = renderer.render(cart("https://shop.example/cart"), Channel.EMAIL, "山田 花子").text();

        assertThat(email).containsPattern("ご購入の手続きはこちらから続けられます。\n"
                + "https://shop\\.hako\\.example/t/\\S+\n\n在庫には限りがございます。");
    }
}
