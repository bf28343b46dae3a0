package org.ergolens.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;
import org.ergolens.Futures;
import org.ergolens.testing.SparkTestSession;
import org.junit.jupiter.api.Test;

class BackgroundTest {
  @Test
  void aTasksSparkJobsCarryItsDescription() throws Exception {
    SparkSession spark = SparkTestSession.get();
    List<String> descriptions = new CopyOnWriteArrayList<>();
    CountDownLatch started = new CountDownLatch(1);
    SparkListener listener =
        new SparkListener() {
          @Override
          public void onJobStart(SparkListenerJobStart job) {
            descriptions.add(job.properties().getProperty("spark.job.description"));
            started.countDown();
          }
        };
    spark.sparkContext().addSparkListener(listener);
    try (Background background = new Background(spark.sparkContext())) {
      long rows = Futures.join(background.submit("counting", () -> spark.range(5).count()));
      assertEquals(5, rows);
      assertTrue(started.await(30, TimeUnit.SECONDS));
      assertTrue(descriptions.stream().allMatch("counting"::equals), descriptions.toString());
    } finally {
      spark.sparkContext().removeSparkListener(listener);
    }
  }

  @Test
  void aFailedTaskIsJoinedWithItsOwnException() {
    IllegalStateException thrown = new IllegalStateException("disk full");
    try (Background background = new Background(SparkTestSession.get().sparkContext())) {
      CompletableFuture<Long> task =
          background.timed(
              "failing",
              () -> {
                throw thrown;
              });
      assertSame(thrown, assertThrows(IllegalStateException.class, () -> Futures.join(task)));
    }
  }

  @Test
  void awaitQuietlyReturnsOnlyWhenTheTaskHasEnded() {
    AtomicBoolean finished = new AtomicBoolean();
    try (Background background = new Background(SparkTestSession.get().sparkContext())) {
      CompletableFuture<Long> task =
          background.timed(
              "slow and failing",
              () -> {
                sleep(300);
                finished.set(true);
                throw new IllegalStateException("after writing");
              });
      Futures.awaitQuietly(task);
      assertTrue(finished.get());
      assertTrue(task.isCompletedExceptionally());
    }
  }

  @Test
  void cancellingStopsARunningSparkJob() throws Exception {
    SparkSession spark = SparkTestSession.get();
    CountDownLatch started = new CountDownLatch(1);
    SparkListener listener =
        new SparkListener() {
          @Override
          public void onJobStart(SparkListenerJobStart job) {
            if ("endless".equals(job.properties().getProperty("spark.job.description"))) {
              started.countDown();
            }
          }
        };
    spark.sparkContext().addSparkListener(listener);
    try (Background background = new Background(spark.sparkContext())) {
      CompletableFuture<Long> task =
          background.submit(
              "endless",
              () ->
                  spark
                      .range(0, Long.MAX_VALUE, 1, 2)
                      .filter(
                          (org.apache.spark.api.java.function.FilterFunction<Long>)
                              x -> {
                                Thread.sleep(1);
                                return true;
                              })
                      .count());
      assertTrue(started.await(60, TimeUnit.SECONDS), "the job started");
      background.cancelSparkJobs();
      ExecutionException ended =
          assertThrows(ExecutionException.class, () -> task.get(60, TimeUnit.SECONDS));
      assertTrue(
          String.valueOf(ended.getCause().getMessage()).contains("cancelled"),
          String.valueOf(ended.getCause()));
    } finally {
      spark.sparkContext().removeSparkListener(listener);
      spark.sparkContext().cancelAllJobs(); // should the cancellation under test not work
    }
  }

  @Test
  void timedReportsTheTasksDuration() {
    try (Background background = new Background(SparkTestSession.get().sparkContext())) {
      long ms = Futures.join(background.timed("sleeping", () -> sleep(200)));
      assertTrue(ms >= 200, ms + " ms");
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
