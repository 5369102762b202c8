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

    private WebApp(Path dir, Path db) throws Exception {
        this.dir = dir;
        WebOptions options = new WebOptions(db, "127.0.0.1", 0, HakoSettings.DEFAULTS, PASSWORD, false);
        System.setProperty("hako.delivery.secret", DELIVERY_SECRET);
        context = HakoWeb.start(options, new PrintWriter(console, true));
        Accounts accounts = context.getBean(Accounts.class);
        accounts.create(MARKETER, PASSWORD, Role.MARKETER);
        accounts.create(VIEWER, PASSWORD, Role.VIEWER);
    }

    /** The app serving a 1,500-customer demo shop, started on first use. */
    public static synchronized WebApp shared() throws Exception {
        if (shared == null) {
            Path dir = Files.createTempDirectory("hako-web");
            Path db = dir.resolve("shop.duckdb");
            DemoFiles files = DemoShop.write(dir.resolve("demo"), DemoOptions.defaults().customers(1_500),
                    ImportProgress.NONE);
            try (Connection c = ShopDatabase.open(db)) {
                new Importer(c, ImportOptions.defaults(HakoSettings.DEFAULTS.zone()))
                        .run(List.of(files.orders(), files.customers(), files.products()), ImportProgress.NONE);
            }
            shared = new WebApp(dir, db);
        }
        return shared;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + path;
    }

    public DataSource db() {
        return context.getBean(DataSource.class);
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
