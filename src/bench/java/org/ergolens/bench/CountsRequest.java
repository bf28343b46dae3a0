package org.ergolens.bench;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;

/**
 * What a baseline computes and where it writes it, from the arguments every baseline takes: {@code
 * --input DIR --month YYYY-MM --out FILE [--lookback 12] [--case-min-severity 1]}.
 *
 * @param options every argument given, for those only some baselines read (such as {@code
 *     --threads})
 */
record CountsRequest(
    Path input,
    YearMonth month,
    int lookback,
    int minSeverity,
    Path out,
    Map<String, String> options) {

  static CountsRequest parse(String[] args) {
    Map<String, String> a = Args.parse(args, "--input", "--month", "--out");
    return new CountsRequest(
        Path.of(a.get("--input")),
        YearMonth.parse(a.get("--month")),
        Integer.parseInt(a.getOrDefault("--lookback", "12")),
        Integer.parseInt(a.getOrDefault("--case-min-severity", "1")),
        Path.of(a.get("--out")),
        a);
  }
}
