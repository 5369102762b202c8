package hako.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hako clv}: predictive customer value (BG/NBD and Gamma-Gamma). */
@Command(name = "clv", mixinStandardHelpOptions = true,
        description = "Predictive CLV: fit BG/NBD and Gamma-Gamma on the orders (clv fit), check the fit (clv diagnostics)."
                + " With a current fit, hako customers appends p_alive, expected purchases, next order date,"
                + " expected order value, 365-day CLV and churn risk.",
        subcommands = {ClvFitCommand.class, ClvDiagnosticsCommand.class, CommandLine.HelpCommand.class})
final class ClvCommand {
}
