package org.ergolens;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work done on another thread, with its failure as the one it threw. */
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
}
