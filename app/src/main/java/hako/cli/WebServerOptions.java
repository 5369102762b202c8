package hako.cli;

import hako.settings.HakoSettings;
import hako.store.DatabaseInUseException;
import hako.web.HakoWeb;
import hako.web.WebOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Option;

/** Options of the commands that serve the web app, and the serving itself. */
final class WebServerOptions {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "${env:HAKO_PORT:-8080}",
            description = "Port to serve on, default ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "${env:HAKO_HOST:-127.0.0.1}",
            description = "Address to listen on, default ${DEFAULT-VALUE} (this machine only);"
                    + " 0.0.0.0 serves the local network.")
    String host;

    @Option(names = "--secure-cookies", defaultValue = "${env:HAKO_SECURE_COOKIES:-false}",
            description = "Mark the session cookie Secure: set it when people reach Hako over HTTPS.")
    boolean secureCookies;

    WebOptions options(Path db, HakoSettings settings) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port " + port + ": use a port from 1 to 65535 (0: any free port)");
        }
        return new WebOptions(db, host, port, settings, System.getenv("HAKO_ADMIN_PASSWORD"), secureCookies);
    }

    /** Serves until the process is stopped (Ctrl+C). */
    void serve(WebOptions options, PrintWriter out) throws Exception {
        ConfigurableApplicationContext context;
        try {
            context = HakoWeb.start(options, out);
        } catch (RuntimeException e) {
            throw explain(e, options);
        }
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        closed.await();
    }

    /** Spring wraps the real reason in bean-creation errors: find it and say it plainly. */
    private static Exception explain(RuntimeException e, WebOptions options) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DatabaseInUseException inUse) {
                return inUse;
            }
            if (t instanceof java.net.BindException || (t.getClass().getSimpleName().equals("PortInUseException"))) {
                return new IllegalStateException("port " + options.port() + " on " + options.host()
                        + " is already in use: stop what serves there, or choose another with --port");
            }
        }
        return e;
    }
}
