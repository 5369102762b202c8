package hako.cli;

import picocli.CommandLine.Command;

/** {@code hako automations}: the automations' numbers. */
@Command(name = "automations", mixinStandardHelpOptions = true, description = "The automations (cart abandonment,"
        + " browse retargeting, recommendations).", subcommands = AutomationStatsCommand.class)
final class AutomationsCommand {
}
