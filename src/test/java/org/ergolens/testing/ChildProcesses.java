package org.ergolens.testing;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Processes a test starts (Spark daemons, spark-submit), stopped with everything they started in
 * turn: by the test in a {@code finally}, or by a JVM shutdown hook if the test JVM exits first (a
 * failure, a timeout, Ctrl-C). Nothing is left running either way.
 */
public final class ChildProcesses {
  private static final List<Process> RUNNING = new CopyOnWriteArrayList<>();
  private static final Duration GRACE = Duration.ofSeconds(10);

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(ChildProcesses::stopAll, "stop-children"));
  }

  private ChildProcesses() {}

  /** Starts the process and registers it for stopping. */
  public static Process start(ProcessBuilder pb) throws IOException {
    Process p = pb.start();
    RUNNING.add(p);
    return p;
  }

  /**
   * Stops a process and its descendants (a Spark worker's executors): SIGTERM first, so that
   * Spark's own shutdown hooks run, then SIGKILL for whatever is still alive after the grace time.
   */
  public static void stop(Process p) {
    List<ProcessHandle> tree = new ArrayList<>(p.descendants().toList());
    tree.add(p.toHandle());
    tree.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + GRACE.toNanos();
    for (ProcessHandle h : tree) {
      if (!awaitExit(h, Math.max(0, deadline - System.nanoTime()))) {
        h.destroyForcibly();
        awaitExit(h, GRACE.toNanos());
      }
    }
    // Descendants started while we waited (an executor being launched) go the same way.
    p.descendants()
        .forEach(
            h -> {
              h.destroyForcibly();
              awaitExit(h, GRACE.toNanos());
            });
    RUNNING.remove(p);
  }

  private static boolean awaitExit(ProcessHandle h, long nanos) {
    try {
      h.onExit().get(nanos, TimeUnit.NANOSECONDS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !h.isAlive();
    } catch (Exception e) {
      return !h.isAlive();
    }
  }

  /** Whether the process or any of its descendants is still alive. */
  public static boolean anyAlive(Process p) {
    return p.isAlive() || p.descendants().anyMatch(ProcessHandle::isAlive);
  }

  /** Stops every registered process, newest first (a worker before its master). */
  public static void stopAll() {
    List<Process> all = new ArrayList<>(RUNNING);
    for (int i = all.size() - 1; i >= 0; i--) {
      stop(all.get(i));
    }
  }
}
