package org.ergolens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ergolens.ingest.format.Delimiter;
import org.ergolens.ingest.format.RecordScanner;
import org.ergolens.ingest.format.TextEncoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two passes without Spark: a file cut into splits of every size, each split scanned on its own
 * ({@link SplitScan}) and the summaries chained ({@link SplitChain}), gives every split a start
 * from which its parse yields exactly the records, lines and offsets of one parse of the whole
 * file, in order.
 */
class SplitPlanTest {
  @TempDir Path dir;

  /** A record as a parse sees it: where it starts, on which line, and whether it is malformed. */
  private record Seen(long offset, long line, boolean malformed) {}

  private static String randomCsv(Random rnd, int records) {
    String[] pieces = {
      "a",
      "bb",
      "é",
      ",",
      "\"q\"",
      "\"x\ny\"",
      "\"x\r\ny\"",
      "\"\"\"\"",
      "\"",
      "\n",
      "\r",
      "z\"z",
      "\"open",
      "\"long\n\n\n\n\n\""
    };
    StringBuilder sb = new StringBuilder("h1,h2,h3\n");
    for (int r = 0; r < records; r++) {
      int n = rnd.nextInt(7);
      for (int i = 0; i < n; i++) {
        sb.append(pieces[rnd.nextInt(pieces.length)]);
      }
      sb.append(rnd.nextInt(4) == 0 ? "\r\n" : "\n");
    }
    return sb.toString();
  }

  private static FileLayout layout(Path file, long size) {
    return new FileLayout(
        new SourceFile(0, file.toString(), InputFormat.CSV, size),
        new FileLayout.Dialect(TextEncoding.UTF_8, Delimiter.COMMA, DecimalMark.POINT, 4, 64, null),
        new int[] {0, 1, 2},
        3);
  }

  private static InputStream at(Path file, long offset) throws IOException {
    InputStream in = Files.newInputStream(file);
    in.skipNBytes(offset);
    return in;
  }

  private static List<Seen> parse(FileLayout layout, InputStream in, long from, long line, long end)
      throws IOException {
    List<Seen> out = new ArrayList<>();
    try (RecordScanner s = SplitScan.scanner(layout, in, line)) {
      while (s.next()) {
        long offset = from + s.offset();
        if (offset >= end) {
          break;
        }
        if (!s.isBlank()) {
          out.add(new Seen(offset, s.line(), s.malformed() != null));
        }
      }
    }
    return out;
  }

  @Test
  void splitsOfEverySizeChainIntoTheWholeFilesRecords() throws IOException {
    Random rnd = new Random(21);
    for (int round = 0; round < 12; round++) {
      byte[] bytes = randomCsv(rnd, 300).getBytes(StandardCharsets.UTF_8);
      Path file = Files.write(dir.resolve("f" + round + ".csv"), bytes);
      FileLayout layout = layout(file, bytes.length);
      List<Seen> whole = parse(layout, at(file, 0), 0, 1, Long.MAX_VALUE);
      for (int size : new int[] {1, 7, 64, 333, 5000}) {
        List<SplitSummary> summaries = new ArrayList<>();
        for (long start = 0; start < bytes.length; start += size) {
          long end = Math.min(bytes.length, start + size);
          summaries.add(
              SplitScan.scan(layout, "f", start, end, bytes.length, offset -> at(file, offset)));
        }
        SplitChain.FilePlan plan = SplitChain.of(summaries);
        List<Seen> split = new ArrayList<>();
        for (SplitSummary s : summaries) {
          SplitChain.SplitStart start = plan.starts().get(s.start());
          if (start != null) {
            split.addAll(
                parse(layout, at(file, start.offset()), start.offset(), start.line(), s.end()));
          }
        }
        assertEquals(whole, split, "round " + round + ", splits of " + size + " bytes");
      }
    }
  }

  @Test
  void aBadByteIsNamedByItsLineWhicheverSplitFindsIt() throws IOException {
    StringBuilder sb = new StringBuilder("h1,h2,h3\n");
    for (int i = 0; i < 200; i++) {
      sb.append("a,\"b\nc\",").append(i).append('\n');
    }
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    int at = sb.indexOf(",150\n");
    bytes[at + 1] = (byte) 0xC0;
    Path file = Files.write(dir.resolve("bad.csv"), bytes);
    FileLayout layout = layout(file, bytes.length);
    for (int size : new int[] {50, 999, 1 << 20}) {
      List<SplitSummary> summaries = new ArrayList<>();
      for (long start = 0; start < bytes.length; start += size) {
        summaries.add(
            SplitScan.scan(
                layout,
                "f",
                start,
                Math.min(bytes.length, start + size),
                bytes.length,
                offset -> at(file, offset)));
      }
      SplitChain.BadText bad = SplitChain.of(summaries).badText().orElseThrow();
      assertEquals(2 + 150 * 2 + 1, bad.line(), "splits of " + size);
      assertEquals(0xC0, bad.badByte());
    }
  }
}
