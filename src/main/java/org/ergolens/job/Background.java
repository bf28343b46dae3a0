package org.ergolens.job;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.spark.SparkContext;

/**
 * Work a run does beside its main line, each task on a daemon thread: the input checksums while the
 * rows are validated, the departments' small job while the other datasets' queries are planned, the
 * rejects while the tables and the report are computed. Spark runs jobs submitted from several
 * threads side by side, so the executors read the rejects' records while the driver computes the
 * report. Closing it stops what is still running.
 */
final class Background implements AutoCloseable {
  private final SparkContext spark;
  private final AtomicInteger threads = new AtomicInteger();
  private final ExecutorService pool =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "ergolens-background-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
          });

  Background(SparkContext spark) {
    this.spark = spark;
  }

  /** Runs {@code work}; its Spark jobs carry {@code description} in the Spark UI and logs. */
  <T> CompletableFuture<T> submit(String description, Supplier<T> work) {
    return CompletableFuture.supplyAsync(
        () -> {
          spark.setJobDescription(description);
          return work.get();
        },
        pool);
  }

  /** Runs {@code work} and completes with the milliseconds it took. */
  CompletableFuture<Long> timed(String description, Runnable work) {
    return submit(
        description,
        () -> {
          long start = System.nanoTime();
          work.run();
          return (System.nanoTime() - start) / 1_000_000;
        });
  }

  /**
   * Waits for the task to end, failed or not: before a failed run removes a directory, nothing may
   * still be writing into it.
   */
  static void awaitQuietly(CompletableFuture<?> task) {
    try {
      task.join();
    } catch (RuntimeException e) {
      // Its failure is not the one being reported.
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
