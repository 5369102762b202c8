package hako.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The rules every message passes at send time, not only when it was enqueued: the trigger still stands
 * (not cancelled, and no purchase since it began has ended it — the scenarios cancel only steps not yet
 * due, and a purchase may arrive between their evaluation and this send), the customer consents to the
 * channel and has not unsubscribed, the channel preference (the preferred channel first, this one as the
 * fallback when that fails), the global frequency cap, and LINE's quiet hours (postponed to their end,
 * never dropped).
 */
final class SafetyRules {

    private final DeliverySettings settings;
    private final ZoneId zone;
    private final Set<Channel> configured;

    SafetyRules(DeliverySettings settings, ZoneId zone, Set<Channel> configured) {
        this.settings = settings;
        this.zone = zone;
        this.configured = Set.copyOf(configured);
    }

    Decision decide(SendContext ctx, Instant now) {
        Channel channel = ctx.message().channel();
        if (ctx.cancelled()) {
            return new Decision.Skip("trigger cancelled" + (ctx.cancelReason() == null ? "" : ": " + ctx.cancelReason()));
        }
        if (ctx.purchasedAt() != null) {
            return new Decision.Skip("ended by a purchase: order " + ctx.purchaseOrder() + " at " + ctx.purchasedAt()
                    + " (shop time)");
        }
        if (!configured.contains(channel)) {
            return new Decision.Skip(channel.key() + " is not configured");
        }
        Recipient.Reach reach = ctx.recipient().reach(channel);
        if (reach.address() == null) {
            return new Decision.Skip(reach.unreachable());
        }
        Channel other = channel == Channel.EMAIL ? Channel.LINE : Channel.EMAIL;
        boolean otherFirst = settings.preference() == (channel == Channel.EMAIL ? ChannelPreference.LINE_FIRST
                : ChannelPreference.EMAIL_FIRST);
        if (otherFirst && configured.contains(other) && ctx.recipient().reach(other).address() != null) {
            Decision preferred = preferred(ctx, other, now);
            if (preferred != null) {
                return preferred;
            }
        }
        if (ctx.lastSent() != null && ctx.lastSent().plus(settings.frequencyCap()).isAfter(now)) {
            return new Decision.Skip("frequency cap: another automated " + channel.key() + " message was sent at "
                    + ctx.lastSent() + " (at most one per " + settings.frequencyCap().toHours() + " hours)");
        }
        if (channel == Channel.LINE) {
            Instant quietEnd = quietEnd(now);
            if (quietEnd != null) {
                return new Decision.Postpone(quietEnd, "LINE quiet hours " + settings.quietFrom() + "–"
                        + settings.quietUntil() + ": postponed to " + quietEnd.atZone(zone).toLocalDateTime());
            }
        }
        return new Decision.Send(reach.address());
    }

    /**
     * This message when the customer can be reached on the preferred {@code other} channel: skipped once the
     * other message is sent (or was skipped), waiting while it is not settled, and sent after all — the
     * fallback, null here — when it failed for good (refused, or retries used up) or was never queued.
     */
    private Decision preferred(SendContext ctx, Channel other, Instant now) {
        SendContext.OtherChannel o = ctx.other();
        String preference = settings.preference().key();
        if (o == null || o.status().equals("failed")) {
            return null;
        }
        return switch (o.status()) {
            case "sent" -> new Decision.Skip(preference + ": sent by " + other.key() + " instead");
            case "skipped" -> new Decision.Skip(preference + ": the " + other.key() + " message was skipped ("
                    + o.reason() + ")");
            default -> new Decision.Postpone(o.next() != null && o.next().isAfter(now) ? o.next() : now,
                    preference + ": waiting for the " + other.key() + " message; sent by " + ctx.message().channel().key()
                            + " if that fails");
        };
    }

    /** When the quiet hours {@code now} falls in end, or null when it is not in them. */
    Instant quietEnd(Instant now) {
        LocalTime from = settings.quietFrom();
        LocalTime until = settings.quietUntil();
        if (from.equals(until)) {
            return null;
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime t = local.toLocalTime();
        boolean overnight = from.isAfter(until);
        boolean quiet = overnight ? !t.isBefore(from) || t.isBefore(until) : !t.isBefore(from) && t.isBefore(until);
        if (!quiet) {
            return null;
        }
        LocalDate day = overnight && !t.isBefore(from) ? local.toLocalDate().plusDays(1) : local.toLocalDate();
        return day.atTime(until).atZone(zone).toInstant();
    }
}
