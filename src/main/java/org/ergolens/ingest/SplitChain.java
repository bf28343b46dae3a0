package org.ergolens.ingest;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chains the first pass's summaries of one file's splits, from the first split on: the first record
 * starts at byte 0 on line 1; each split's parse from its first record start hands over to the next
 * split at a known record start, whose line is the lines before that split plus its place among the
 * split's first lines. So every split learns where its first record starts and on which line, and
 * the second pass parses the splits in parallel with exact line numbers.
 */
final class SplitChain {
  private SplitChain() {}

  /** Where a split's parse starts: a record start and its line; none when the split has none. */
  record SplitStart(long offset, long line) implements java.io.Serializable {}

  /**
   * A bad byte found in a file.
   *
   * @param line its line (1 is the first)
   * @param badByte its value
   */
  record BadText(long line, int badByte) {}

  /** The plan of one file: each split's start (keyed by the split's first byte). */
  record FilePlan(
      Map<Long, SplitStart> starts, Optional<BadText> badText, Optional<String> error) {}

  static FilePlan of(List<SplitSummary> summaries) {
    List<SplitSummary> splits =
        summaries.stream().sorted(Comparator.comparingLong(SplitSummary::start)).toList();
    Map<Long, SplitStart> starts = new HashMap<>();
    BadText bad = null;
    String error = null;
    long next = 0;
    long linesBefore = 0;
    for (SplitSummary s : splits) {
      if (s.readError() != null && error == null) {
        error = s.readError();
      }
      if (s.badLine() >= 0 && bad == null) {
        bad = new BadText(linesBefore + 1 + s.badLine(), s.badByte());
      }
      if (bad != null || error != null) {
        break; // the file is refused: no plan is needed
      }
      if (next != SplitSummary.END_OF_FILE && next < s.end()) {
        int at = indexOf(s.lineStarts(), next);
        if (at < 0) {
          throw new IllegalStateException(
              "the splits of " + s.path() + " do not chain: no line starts at byte " + next);
        }
        starts.put(s.start(), new SplitStart(next, linesBefore + 1 + at));
        next = s.handovers()[at];
      }
      linesBefore += s.lineCount();
    }
    return new FilePlan(starts, Optional.ofNullable(bad), Optional.ofNullable(error));
  }

  private static int indexOf(long[] values, long v) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == v) {
        return i;
      }
    }
    return -1;
  }
}
