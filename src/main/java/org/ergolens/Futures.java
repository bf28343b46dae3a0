package org.ergolens;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Waiting for work done on another thread: with its failure as the one it threw, or until it has
 * ended whatever its outcome.
 */
public final class Futures {
  private Futures() {}

  /**
   * The task's result; its own unchecked exception or error if it failed (not wrapped in a {@link
   * CompletionException}), so that an {@link ErgoLensException} keeps its message and exit code.
   */
  public static <T> T join(CompletableFuture<T> task) {
    try {
      return task.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /**
   * Waits for the task to end, failed or not, and ignores its failure: before a failed run removes
   * a directory, nothing may still be writing into it, and the failure being reported is another.
   */
  public static void awaitQuietly(CompletableFuture<?> task) {
    try {
      task.join();
    } catch (RuntimeException e) {
      // Its failure is not the one being reported.
    }
  }
}
