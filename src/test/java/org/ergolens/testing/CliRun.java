package org.ergolens.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.ergolens.cli.ErgoLensCli;
import picocli.CommandLine;

/** Runs the ErgoLens CLI in this JVM (on the shared test SparkSession) and captures its output. */
public record CliRun(int exitCode, String out, String err) {

  public static CliRun run(String... args) {
    SparkTestSession.get();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = ErgoLensCli.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
