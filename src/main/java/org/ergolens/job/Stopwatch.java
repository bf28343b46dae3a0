package org.ergolens.job;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Elapsed milliseconds per named stage of a run, in the order the stages ran; work done in the
 * background is recorded when the run has waited for it.
 */
final class Stopwatch {
  private final Map<String, Long> stages = new LinkedHashMap<>();
  private long last = System.nanoTime();

  /** Records the time since the previous lap under {@code stage}; returns it in ms. */
  long lap(String stage) {
    long now = System.nanoTime();
    long ms = (now - last) / 1_000_000;
    stages.merge(stage, ms, Long::sum);
    last = now;
    return ms;
  }

  /**
   * Records {@code ms} under {@code stage} for work that ran beside the stages timed by {@link
   * #lap}; the next lap still counts from the previous one.
   */
  void record(String stage, long ms) {
    stages.merge(stage, ms, Long::sum);
  }

  Map<String, Long> stages() {
    return new LinkedHashMap<>(stages);
  }
}
