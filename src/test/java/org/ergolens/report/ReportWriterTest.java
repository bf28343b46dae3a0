package org.ergolens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The report's files written side by side: every writer runs, and a failure waits for the rest. */
class ReportWriterTest {
  @Test
  void everyWriterRunsOnce() throws IOException {
    Set<String> written = ConcurrentHashMap.newKeySet();
    List<ReportWriter.FileWriter> writers =
        List.of("a", "b", "c", "d", "e", "f", "g").stream()
            .map(
                name ->
                    (ReportWriter.FileWriter)
                        () -> assertTrue(written.add(name), name + " written twice"))
            .toList();

    ReportWriter.writeAll(writers);

    assertEquals(Set.of("a", "b", "c", "d", "e", "f", "g"), written);
  }

  @Test
  void aFailureIsThrownAsItselfOnlyAfterTheOtherWritersHaveEnded() {
    IOException diskFull = new IOException("No space left on device");
    CountDownLatch failed = new CountDownLatch(1);
    AtomicBoolean slowWriterEnded = new AtomicBoolean();
    // The failing writer is first, so that with one core it runs before the one waiting for it.
    List<ReportWriter.FileWriter> writers =
        List.of(
            () -> {
              failed.countDown();
              throw diskFull;
            },
            () -> {
              await(failed);
              pause(300);
              slowWriterEnded.set(true);
            });

    IOException thrown = assertThrows(IOException.class, () -> ReportWriter.writeAll(writers));

    assertSame(diskFull, thrown, "the writer's own exception, not a wrapper");
    assertTrue(
        slowWriterEnded.get(),
        "writeAll returned while another writer was still writing into the directory");
  }

  @Test
  void ofSeveralFailuresTheFirstInListOrderIsThrown() {
    CountDownLatch firstMayFail = new CountDownLatch(1);
    List<ReportWriter.FileWriter> writers =
        List.of(
            () -> {
              // Bounded, so that with a single core (one writer at a time) it fails anyway.
              awaitAtMost(firstMayFail, 5);
              throw new IOException("first");
            },
            () -> {
              firstMayFail.countDown();
              throw new IOException("second");
            });

    IOException thrown = assertThrows(IOException.class, () -> ReportWriter.writeAll(writers));

    assertEquals("first", thrown.getMessage());
  }

  @Test
  void anUncheckedFailureKeepsItsType() {
    List<ReportWriter.FileWriter> writers =
        List.of(
            () -> {
              throw new IllegalStateException("a bug in a writer");
            });

    IllegalStateException thrown =
        assertThrows(IllegalStateException.class, () -> ReportWriter.writeAll(writers));

    assertEquals("a bug in a writer", thrown.getMessage());
  }

  private static void await(CountDownLatch latch) throws IOException {
    awaitAtMost(latch, 60);
  }

  private static void awaitAtMost(CountDownLatch latch, long seconds) throws IOException {
    try {
      latch.await(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      throw new InterruptedIOException("interrupted");
    }
  }

  private static void pause(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      throw new InterruptedIOException("interrupted");
    }
  }
}
