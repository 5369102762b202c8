package hako.web;

import hako.demo.DemoFiles;
import hako.demo.DemoOptions;
import hako.demo.DemoShop;
import hako.imports.ImportOptions;
import hako.imports.ImportProgress;
import hako.imports.Importer;
import hako.settings.HakoSettings;
import hako.store.ShopDatabase;
import hako.web.security.Accounts;
import hako.web.security.Role;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The web app on a real DuckDB file holding a small demo shop, served on a free loopback port, with
 * an admin, a marketer and a viewer. One per test run: starting Spring costs seconds.
 */
public final class WebApp {

    public static final String ADMIN = "admin";
    public static final String MARKETER = "marketer";
    public static final String VIEWER = "viewer";
    public static final String PASSWORD = "correct-horse-battery";
    /** The link-signing secret the app is started with (hako.delivery.secret). */
    public static final String DELIVERY_SECRET = "web-test-delivery-secret";

    private static WebApp shared;

    private final ConfigurableApplicationContext context;
    private final Path dir;
    private final StringWriter console = new StringWriter();

    private WebApp(Path dir, Path db, java.util.Map<String, Object> properties) throws Exception {
        this(dir, db, properties, java.util.Map.of(), 0, Clock.systemUTC());
    }

    private WebApp(Path dir, Path db, java.util.Map<String, Object> properties, java.util.Map<String, String> settings,
                   int port, Clock clock) throws Exception {
        this.dir = dir;
        // the automations are evaluated only when a test asks, never by the background thread
        java.util.Map<String, String> values = new java.util.HashMap<>(settings);
        values.putIfAbsent("automation.run_every_seconds", "0");
        WebOptions options = new WebOptions(db, "127.0.0.1", port, HakoSettings.DEFAULTS.with(values), PASSWORD, false);
        System.setProperty("hako.delivery.secret", DELIVERY_SECRET);
        context = HakoWeb.start(options, new PrintWriter(console, true), properties, clock);
        Accounts accounts = context.getBean(Accounts.class);
        accounts.create(MARKETER, PASSWORD, Role.MARKETER);
        accounts.create(VIEWER, PASSWORD, Role.VIEWER);
    }

    /**
     * An app of its own on an empty shop, started with Spring {@code properties} set as system
     * properties while it starts, then removed, so that they override hako-web.properties too (the
     * properties of {@link #emptyShop} only stand beside its defaults); {@link #close} it.
     */
    public static WebApp alone(java.util.Map<String, String> properties) throws Exception {
        Path dir = Files.createTempDirectory("hako-web-alone");
        properties.forEach(System::setProperty);
        try {
            return new WebApp(dir, dir.resolve("shop.duckdb"), java.util.Map.of());
        } finally {
            properties.keySet().forEach(System::clearProperty);
        }
    }

    /**
     * An app of its own on a 1,500-customer demo shop, listening on {@code port}, with Hako {@code settings}
     * (keys of hako.properties), Spring {@code properties} (set as for {@link #alone}) and reading time from
     * {@code clock}; {@link #close} it.
     */
    public static WebApp demoShop(java.util.Map<String, String> settings, java.util.Map<String, String> properties,
                                  int port, Clock clock) throws Exception {
        Path dir = Files.createTempDirectory("hako-web-demo");
        Path db = demoDatabase(dir);
        properties.forEach(System::setProperty);
        try {
            return new WebApp(dir, db, java.util.Map.of(), settings, port, clock);
        } finally {
            properties.keySet().forEach(System::clearProperty);
        }
    }

    /** A free loopback port, for an app whose own address must be known before it starts (links in messages). */
    public static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Stops an app of its own ({@link #alone}, {@link #emptyShop}); the shared one runs to the end of the tests. */
    public void close() {
        if (this == shared) {
            throw new IllegalStateException("the shared app is not closed by a test");
        }
        context.close();
    }

    /** The app serving a 1,500-customer demo shop, started on first use. */
    public static synchronized WebApp shared() throws Exception {
        if (shared == null) {
            Path dir = Files.createTempDirectory("hako-web");
            shared = new WebApp(dir, demoDatabase(dir), java.util.Map.of());
        }
        return shared;
    }

    /** {@code dir/shop.duckdb} holding the 1,500-customer demo shop. */
    private static Path demoDatabase(Path dir) throws Exception {
        Path db = dir.resolve("shop.duckdb");
        DemoFiles files = DemoShop.write(dir.resolve("demo"), DemoOptions.defaults().customers(1_500), ImportProgress.NONE);
        try (Connection c = ShopDatabase.open(db)) {
            new Importer(c, ImportOptions.defaults(HakoSettings.DEFAULTS.zone()))
                    .run(List.of(files.orders(), files.customers(), files.products()), ImportProgress.NONE);
        }
        return db;
    }

    /** Another app of its own, on an empty shop, with Spring {@code properties} (the events write key). */
    public static WebApp emptyShop(java.util.Map<String, Object> properties) throws Exception {
        Path dir = Files.createTempDirectory("hako-web");
        return new WebApp(dir, dir.resolve("shop.duckdb"), properties);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + path;
    }

    public DataSource db() {
        return context.getBean(DataSource.class);
    }

    /** The app's Spring context, for a test that renders a template itself. */
    public org.springframework.context.ApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** A folder for files a test writes (uploads). */
    public Path dir() {
        return dir;
    }

    /** What the app printed (URL, first login). */
    public String console() {
        return console.toString();
    }
}
