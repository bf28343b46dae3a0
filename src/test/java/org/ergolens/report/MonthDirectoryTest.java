package org.ergolens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.ergolens.testing.SchemedLocalFileSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publish protocol that keeps a month directory correct on object stores, where a rename is a
 * copy that readers can watch: the marker is withdrawn before the old report is touched and created
 * only after the new one is entirely in place. A file system under the {@code rec:} scheme records
 * the order of the operations.
 */
class MonthDirectoryTest {
  @TempDir Path dir;
  Configuration conf;

  @BeforeEach
  void recordingFileSystem() {
    conf = new Configuration(false);
    conf.set("fs.rec.impl", RecordingFileSystem.class.getName());
    conf.setBoolean("fs.rec.impl.disable.cache", true);
    RecordingFileSystem.OPS.clear();
  }

  @Test
  void aFirstRunIsMovedIntoPlaceAndThenMarkedComplete() throws IOException {
    MonthDirectory month = write("run1", "first");
    RecordingFileSystem.OPS.clear();
    month.publish();
    assertEquals(
        List.of(
            "rename .staging-month=2026-10-run1 -> month=2026-10", "create month=2026-10/_SUCCESS"),
        RecordingFileSystem.OPS,
        "the marker is created last, after the move");
    assertEquals("first", Files.readString(dir.resolve("month=2026-10/report.json")));
    assertEquals(List.of("month=2026-10"), list(dir));
  }

  @Test
  void aReRunWithdrawsTheOldMarkerBeforeTouchingTheOldReport() throws IOException {
    write("run1", "first").publish();
    MonthDirectory second = write("run2", "second");
    RecordingFileSystem.OPS.clear();
    second.publish();
    assertEquals(
        List.of(
            "delete month=2026-10/_SUCCESS",
            "rename month=2026-10 -> .replaced-month=2026-10-run2",
            "rename .staging-month=2026-10-run2 -> month=2026-10",
            "create month=2026-10/_SUCCESS",
            "delete .replaced-month=2026-10-run2"),
        RecordingFileSystem.OPS);
    assertEquals("second", Files.readString(dir.resolve("month=2026-10/report.json")));
    assertFalse(Files.exists(dir.resolve("month=2026-10/old-only.txt")), "replaced whole");
    assertEquals(List.of("month=2026-10"), list(dir));
  }

  @Test
  void aRunThatDiesBeforePublishingLeavesThePreviousReportPublished() throws IOException {
    write("run1", "first").publish();
    MonthDirectory dying = write("run2", "second");
    dying.abandon();
    assertTrue(Files.exists(dir.resolve("month=2026-10/_SUCCESS")));
    assertEquals("first", Files.readString(dir.resolve("month=2026-10/report.json")));
    assertEquals(List.of("month=2026-10"), list(dir));
  }

  @Test
  void theStagingDirectoryIsHiddenAndNeverLooksLikeAMonth() throws IOException {
    MonthDirectory month = write("run1", "first");
    assertEquals(List.of(".staging-month=2026-10-run1"), list(dir));
    assertTrue(
        list(dir).stream().allMatch(n -> n.startsWith(".")),
        "hidden to Hadoop and Spark, and not matched by month=*");
    month.abandon();
  }

  private MonthDirectory write(String run, String content) throws IOException {
    MonthDirectory month =
        new MonthDirectory("rec://" + dir.toAbsolutePath(), "month=2026-10", run, conf).open();
    try (OutputStream out = month.create("report.json")) {
      out.write(content.getBytes(StandardCharsets.UTF_8));
    }
    if (run.equals("run1")) {
      month.create("old-only.txt").close();
    }
    return month;
  }

  private static List<String> list(Path d) throws IOException {
    try (Stream<Path> s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** The local file system under the {@code rec:} scheme, recording creates, renames, deletes. */
  public static final class RecordingFileSystem extends SchemedLocalFileSystem {
    static final List<String> OPS = new ArrayList<>();

    public RecordingFileSystem() {
      super("rec");
    }

    @Override
    protected void beforeCreate(org.apache.hadoop.fs.Path f) {
      OPS.add("create " + name(f));
    }

    @Override
    public boolean rename(org.apache.hadoop.fs.Path src, org.apache.hadoop.fs.Path dst)
        throws IOException {
      OPS.add("rename " + name(src) + " -> " + name(dst));
      return super.rename(src, dst);
    }

    @Override
    public boolean delete(org.apache.hadoop.fs.Path p, boolean recursive) throws IOException {
      OPS.add("delete " + name(p));
      return super.delete(p, recursive);
    }

    /** The path below the month's parent: the last two components, or one at the top. */
    private static String name(org.apache.hadoop.fs.Path p) {
      String parent = p.getParent() == null ? "" : p.getParent().getName();
      return parent.startsWith("month=") || parent.startsWith(".")
          ? parent + "/" + p.getName()
          : p.getName();
    }
  }
}
