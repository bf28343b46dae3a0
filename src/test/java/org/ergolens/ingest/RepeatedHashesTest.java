package org.ergolens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedHashesTest {
  @Test
  void eachValueSeenMoreThanOnceIsReportedOnce() {
    long[] hashes = {5, -3, 9, 5, 7, -3, 5, 0, Long.MIN_VALUE, Long.MIN_VALUE, 42};
    assertEquals(List.of(Long.MIN_VALUE, -3L, 5L), RepeatedHashes.repeated(hashes, hashes.length));
  }

  @Test
  void onlyTheFirstNValuesCount() {
    long[] hashes = {1, 2, 3, 1, 2};
    assertEquals(List.of(1L), RepeatedHashes.repeated(hashes, 4));
    assertEquals(List.of(), RepeatedHashes.repeated(new long[0], 0));
  }
}
