package org.ergolens.cli;

import java.nio.file.Path;
import org.ergolens.ErgoLensException;
import org.ergolens.pseudonym.PseudonymizationKey;
import picocli.CommandLine.Option;

/**
 * Where the secret pseudonymization key comes from: a file or an environment variable (an argument
 * group: at most one of the two). The key is never logged or written.
 */
final class KeySource {
  @Option(
      names = "--key-file",
      paramLabel = "FILE",
      description = "File holding the pseudonymization key (at least 32 bytes).")
  Path file;

  @Option(
      names = "--key-env",
      paramLabel = "VAR",
      description = "Environment variable holding the pseudonymization key (at least 32 bytes).")
  String variable;

  PseudonymizationKey load() {
    return file != null
        ? PseudonymizationKey.fromFile(file)
        : PseudonymizationKey.fromEnvironment(variable);
  }

  /**
   * The key of {@code source}, which a command that reads identities cannot run without.
   *
   * @param action what the command does, for the message: "Cannot {action}: …"
   */
  static PseudonymizationKey required(KeySource source, String action) {
    if (source == null) {
      throw new ErgoLensException(
          ErgoLensException.EXIT_INPUT,
          "Cannot "
              + action
              + ": the pseudonymization key is missing; pass --key-file FILE or --key-env VAR"
              + " (make a key once with: head -c 32 /dev/urandom > ergolens.key, keep it secret"
              + " and use it every month).");
    }
    return source.load();
  }
}
