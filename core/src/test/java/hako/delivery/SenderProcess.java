package hako.delivery;

import hako.store.ShopDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.Map;

/** A delivery round in a process of its own, for the test that kills it: db, SMTP port, LINE base URL. */
public final class SenderProcess {

    public static void main(String[] args) throws Exception {
        ChannelConfig config = ChannelConfig.from(Map.of(ChannelConfig.SMTP_HOST, "127.0.0.1",
                ChannelConfig.SMTP_PORT, args[1], ChannelConfig.SMTP_SECURITY, "none", ChannelConfig.LINE_BASE, args[2],
                ChannelConfig.LINE_TOKEN, LineStub.TOKEN, ChannelConfig.SECRET, Shop.SECRET)::get);
        var settings = Shop.ALWAYS_OPEN.with(Map.of("delivery.email_per_second", "40", "delivery.line_per_second", "40"));
        try (Connection c = ShopDatabase.open(Path.of(args[0]));
             Deliverer d = new Deliverer(c, settings, config, Clock.systemUTC(), Sleeper.REAL)) {
            System.out.println(d.run());
        }
    }
}
