package org.ergolens.cli;

import java.io.PrintWriter;
import org.ergolens.ErgoLensException;
import org.ergolens.Errors;
import org.ergolens.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ergolens} command line. Exit codes: 0 ok; 2 usage error or unreadable input (nothing
 * written); 3 too many rejected rows (only rejects and the manifest written); 1 an unexpected
 * internal error.
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
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "2:usage error or unreadable input; nothing was written",
      "3:too many rejected rows; only the rejects and the manifest were written",
      "1:unexpected internal error"
    })
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
    return cl;
  }

  /** Turns a failure into one line on stderr and the documented exit code. */
  private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    if (e instanceof ErgoLensException ee) {
      err.println("ergolens: " + Errors.oneLine(ee.getMessage()));
      return ee.exitCode();
    }
    if (e instanceof ConfigException || e instanceof IllegalArgumentException) {
      err.println("ergolens: " + Errors.oneLine(e.getMessage()));
      return ErgoLensException.EXIT_INPUT;
    }
    err.println(
        "ergolens: internal error: "
            + Errors.oneLine(String.valueOf(e))
            + " (the log above has the details)");
    org.slf4j.LoggerFactory.getLogger(ErgoLensCli.class).error("Internal error", e);
    return 1;
  }

  /** Reports the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"ergolens " + org.ergolens.report.Versions.ergolens()};
    }
  }
}
