package hako.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a trigger's message as the customer sees it: a Japanese template per scenario (and step, when
 * it has its own), the items, tracked links and, in every message, the shop's sender details and an
 * unsubscribe link (特定電子メール法). Templates are {@code templates/<scenario>[.<step>].<email|line>.txt};
 * an email template's first line is the subject, then a line {@code ---}, then the body.
 */
public final class MessageRenderer {

    /** A message ready to send; {@code subject} is null for LINE. */
    public record Rendered(Channel channel, String subject, String text, String unsubscribeUrl) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(shop|name|items|link|unsubscribe|address|email)}");
    private static final Map<String, Optional<String>> TEMPLATES = new ConcurrentHashMap<>();

    private final DeliverySettings settings;
    private final Optional<LinkTokens> tokens;

    /** Without {@code tokens} (no secret configured) links are shown untracked and there is no unsubscribe link: preview only. */
    public MessageRenderer(DeliverySettings settings, Optional<LinkTokens> tokens) {
        this.settings = settings;
        this.tokens = tokens;
    }

    /** {@code trigger}'s message on {@code channel} to a customer called {@code name}. */
    public Rendered render(TriggerContent trigger, Channel channel, String name) {
        String outboxId = OutboxMessage.id(trigger.triggerId(), channel);
        String template = template(trigger.scenario(), trigger.step(), channel);
        String subject = null;
        String body = template;
        if (channel == Channel.EMAIL) {
            int cut = template.indexOf("\n---\n");
            subject = template.substring(0, cut).strip();
            body = template.substring(cut + 5);
        }
        String link = link(outboxId, 0, trigger.target(0));
        if (link.isEmpty()) {
            body = withoutParagraph(body, "{link}");
        }
        String unsubscribe = tokens.map(t -> settings.publicUrl() + "/u/" + t.unsubscribe(outboxId)).orElse(null);
        String footer = template("footer", 0, channel);
        Map<String, String> values = Map.of(
                "{shop}", settings.senderName(),
                "{name}", name == null || name.isBlank() ? "お客" : name.strip(),
                "{items}", items(trigger, outboxId),
                "{link}", link,
                "{unsubscribe}", unsubscribe == null ? "" : unsubscribe,
                "{address}", settings.senderAddress(),
                "{email}", settings.senderEmail());
        String text = fill(body.stripTrailing() + "\n" + footer, values);
        return new Rendered(channel, subject == null ? null : fill(subject, values), text, unsubscribe);
    }

    private String items(TriggerContent trigger, String outboxId) {
        StringBuilder out = new StringBuilder();
        NumberFormat yen = NumberFormat.getIntegerInstance(Locale.JAPAN);
        List<TriggerContent.Item> items = trigger.items();
        for (int i = 0; i < items.size(); i++) {
            TriggerContent.Item item = items.get(i);
            out.append("・").append(item.productName() == null ? item.productCode() : item.productName());
            if (item.quantity() != null && item.quantity() > 1) {
                out.append(" ×").append(item.quantity());
            }
            if (item.price() != null) {
                out.append(" ￥").append(yen.format(item.price().setScale(0, java.math.RoundingMode.HALF_UP)));
            }
            String link = link(outboxId, i + 1, trigger.target(i + 1));
            if (!link.isEmpty()) {
                out.append("\n  ").append(link);
            }
            if (i < items.size() - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private String link(String outboxId, int index, Optional<String> target) {
        if (target.isEmpty()) {
            return "";
        }
        return tokens.map(t -> settings.publicUrl() + "/t/" + t.tracked(outboxId, index)).orElse(target.get());
    }

    /** {@code text} without its paragraphs (blank-line separated) holding {@code placeholder}: a lead-in to a link there is not. */
    private static String withoutParagraph(String text, String placeholder) {
        return String.join("\n\n", java.util.Arrays.stream(text.split("\n\n", -1))
                .filter(p -> !p.contains(placeholder)).toList());
    }

    /** One pass, so that a value (a customer's name) holding "{link}" is not filled in again. */
    private static String fill(String text, Map<String, String> values) {
        return PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(values.get(m.group())));
    }

    private static String template(String scenario, int step, Channel channel) {
        for (String name : List.of(scenario + "." + step, scenario, "default")) {
            Optional<String> text = TEMPLATES.computeIfAbsent(name + "." + channel.key() + ".txt",
                    MessageRenderer::read);
            if (text.isPresent()) {
                return text.get();
            }
        }
        throw new IllegalStateException("no " + channel.key() + " template");
    }

    private static Optional<String> read(String file) {
        try (InputStream in = MessageRenderer.class.getResourceAsStream("templates/" + file)) {
            return in == null ? Optional.empty()
                    : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
