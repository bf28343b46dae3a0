package org.ergolens.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ergolens.Errors;
import org.ergolens.ExitCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ergolens} command line. Its exit codes are {@link ExitCode}'s; {@link
 * ExitCode#of(Throwable)} gives a failure its code.
 */
@Command(
    name = "ergolens",
    mixinStandardHelpOptions = true,
    versionProvider = ErgoLensCli.Version.class,
    description =
        "Workplace ergonomics analytics: finds the workstation risk factors behind "
            + "musculoskeletal discomfort and writes department-level recommendation reports.",
    subcommands = {
      MonthlyCommand.class,
      ImportCommand.class,
      GenerateCommand.class,
      PseudonymizeCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n")
public final class ErgoLensCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command.");
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the CLI and returns its exit code (for tests and the launcher). */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new ErgoLensCli());
    cl.setExecutionExceptionHandler(ErgoLensCli::handle);
    cl.getCommandSpec().usageMessage().exitCodeList(exitCodes());
    cl.getSubcommands()
        .get("monthly")
        .getCommandSpec()
        .usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(exitCodes());
    return cl;
  }

  /** Every exit code with its meaning, for the help. */
  private static Map<String, String> exitCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    for (ExitCode c : ExitCode.values()) {
      codes.put(String.valueOf(c.code()), c.meaning());
    }
    return codes;
  }

  /** Turns a failure into one line on stderr and its exit code. */
  private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    ExitCode code = ExitCode.of(e);
    PrintWriter err = cl.getErr();
    if (code == ExitCode.INTERNAL) {
      err.println(
          "ergolens: internal error: "
              + Errors.oneLine(String.valueOf(e))
              + " (the log above has the details)");
      org.slf4j.LoggerFactory.getLogger(ErgoLensCli.class).error("Internal error", e);
    } else {
      err.println("ergolens: " + Errors.oneLine(e.getMessage()));
    }
    return code.code();
  }

  /** Reports the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"ergolens " + org.ergolens.report.Versions.ergolens()};
    }
  }
}
