package hako.cli;

import hako.web.WebOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hako serve}: the web app over a shop database, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web app (board, clusters, customers, imports) at http://localhost:8080."
                + " The first start creates the admin account: its password comes from HAKO_ADMIN_PASSWORD,"
                + " else it is generated and printed once. Creates the database if it does not exist yet,"
                + " so that orders can be imported in the browser.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ShopOptions shop;

    @Mixin
    WebServerOptions web;

    @Override
    public Integer call() throws Exception {
        WebOptions options = web.options(shop.db, shop.settings());
        web.serve(options, spec.commandLine().getOut());
        return 0;
    }
}
