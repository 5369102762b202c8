package hako.web;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The Hako web app: the board, clusters, customers and imports over one shop database. */
@SpringBootApplication
public class HakoWeb {

    /** Starts the app on {@code options} and returns once it serves; {@code out} gets the URL and first login. */
    public static ConfigurableApplicationContext start(WebOptions options, PrintWriter out) {
        return start(options, out, Map.of());
    }

    /**
     * As {@link #start(WebOptions, PrintWriter)}, with Spring properties set beside the defaults
     * (tests and benchmarks: {@code hako.events.write-key}); the environment still overrides them.
     */
    public static ConfigurableApplicationContext start(WebOptions options, PrintWriter out, Map<String, Object> properties) {
        return start(options, out, properties, Clock.systemUTC());
    }

    /**
     * As {@link #start(WebOptions, PrintWriter, Map)}, reading time from {@code clock}: the automations'
     * evaluation, delivery, event intake and the statistics all ask this one bean what time it is (tests
     * move it to see an hour pass without waiting).
     */
    public static ConfigurableApplicationContext start(WebOptions options, PrintWriter out, Map<String, Object> properties,
                                                       Clock clock) {
        SpringApplication app = new SpringApplication(HakoWeb.class);
        Map<String, Object> props = new HashMap<>();
        props.put("server.port", options.port());
        props.put("server.address", options.host());
        props.put("server.servlet.session.cookie.secure", options.secureCookies());
        props.putAll(properties);
        app.setDefaultProperties(props);
        app.addInitializers(ctx -> {
            ctx.getBeanFactory().registerSingleton("webOptions", options);
            ctx.getBeanFactory().registerSingleton("consoleOut", new Console(out));
            ctx.getBeanFactory().registerSingleton("clock", clock);
        });
        return app.run("--spring.config.name=hako-web");
    }

    /** Where the app tells the person who started it what they need to know (URL, first login). */
    public record Console(PrintWriter out) {
        public void say(String line) {
            out.println(line);
            out.flush();
        }
    }
}
