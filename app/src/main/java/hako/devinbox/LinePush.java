package hako.devinbox;

import java.util.List;

/**
 * One push the LINE stand-in accepted: the headers LINE's push endpoint reads, the recipient and the
 * texts of its messages, and the body as sent.
 */
public record LinePush(String authorization, String retryKey, String to, List<String> texts, String body) {
}
