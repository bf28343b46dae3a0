package org.ergolens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.ergolens.testing.Files2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers build the project quietly: Maven's output goes to target/build.log and is shown
 * only when the build fails, without the terminal colour codes Maven writes even in batch mode when
 * the output is not a terminal. A stand-in {@code mvn} on the PATH writes such codes.
 */
class LauncherOutputTest {
  static final Path ENV = Path.of("jobs/_env").toAbsolutePath();
  static final String ESC = "\u001b";

  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  private Run buildQuietly(int mvnExit) throws IOException, InterruptedException {
    Path bin = dir.resolve("bin");
    Path mvn =
        Files2.write(
            bin.resolve("mvn"),
            "#!/bin/sh\nprintf '\\033[0m\\033[1;31m[ERROR]\\033[m the build broke\\n'\nexit "
                + mvnExit
                + "\n");
    assertTrue(mvn.toFile().setExecutable(true));
    ProcessBuilder pb =
        new ProcessBuilder(
            "bash",
            "-c",
            "source \"$1\"; ROOT=\"$2\"; build_quietly package",
            "-",
            ENV.toString(),
            dir.toString());
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    return new Run(p.exitValue(), out, err);
  }

  @Test
  void aBuildThatSucceedsPrintsNothing() throws Exception {
    Run r = buildQuietly(0);
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("", r.out() + r.err());
  }

  @Test
  void aBuildThatFailsShowsMavensLinesWithoutTerminalCodes() throws Exception {
    Run r = buildQuietly(1);
    assertEquals(1, r.exitCode());
    assertTrue(r.err().contains("[ERROR] the build broke"), r.err());
    assertFalse(r.err().contains(ESC), "no escape codes when stderr is not a terminal");
    assertFalse(r.out().contains(ESC), r.out());
  }
}
