package org.ergolens.job;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
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
  private final AtomicInteger tasks = new AtomicInteger();
  private final Set<String> running = ConcurrentHashMap.newKeySet();
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

  /**
   * Runs {@code work}; its Spark jobs carry {@code description} in the Spark UI and logs, in a job
   * group of the task's own, so that {@link #cancelSparkJobs} can stop them.
   */
  <T> CompletableFuture<T> submit(String description, Supplier<T> work) {
    String group = "ergolens-task-" + tasks.incrementAndGet();
    return CompletableFuture.supplyAsync(
        () -> {
          running.add(group);
          try {
            // Not interrupting the task threads on cancel: HDFS clients can take an interrupt for
            // a dead node (Spark's own advice).
            spark.setJobGroup(group, description, false);
            return work.get();
          } finally {
            running.remove(group);
            spark.clearJobGroup();
          }
        },
        pool);
  }

  /**
   * Cancels the Spark jobs of the tasks still running; each such task then fails with Spark's
   * cancellation. A failed run calls this before it waits for them, so that it stops in seconds
   * however much is left to read.
   */
  void cancelSparkJobs() {
    for (String group : running) {
      spark.cancelJobGroup(group);
    }
  }

  /** An executor for code that takes one: each task runs as {@link #submit} runs it. */
  Executor executor(String description) {
    return task ->
        submit(
            description,
            () -> {
              task.run();
              return null;
            });
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

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
