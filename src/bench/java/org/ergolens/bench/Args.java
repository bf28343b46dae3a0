package org.ergolens.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code --name value} pairs of the bench mains; one-line errors for anything else. */
final class Args {
  private Args() {}

  /** Parses pairs; every name in {@code required} must be given. */
  static Map<String, String> parse(String[] args, String... required) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException(
            "Cannot read argument '" + args[i] + "': use --name value");
      }
      m.put(args[i], args[i + 1]);
    }
    for (String r : required) {
      if (!m.containsKey(r)) {
        throw new IllegalArgumentException("Missing required argument " + r);
      }
    }
    return m;
  }
}
