package org.ergolens.bench;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.ergolens.ingest.ColumnSpec;
import org.ergolens.ingest.Columns;
import org.ergolens.ingest.DatasetSpec;
import org.ergolens.ingest.ReasonCode;
import org.ergolens.ingest.ValueType;

/**
 * What reading the inputs as the contract asks costs a JVM with no engine: every value of both
 * Parquet inputs decoded with parquet-java's column readers and checked against the job's own
 * column table ({@link DatasetSpec}), each row counted under the first check it fails (column by
 * column, as the job does), and the repeated {@code report_id}s among the valid reports found from
 * their 64-bit hashes, sorted. Nothing else: no population, no counts, no report. It is the floor
 * under an engine of our own for the rows, one step past {@link DecodeFloor}.
 *
 * <p>It reads the generator's typed Parquet columns (strings, {@code DATE}, {@code INT32}, {@code
 * DECIMAL} as {@code INT32}, {@code BOOLEAN}); any other stored type stops it with the column's
 * name.
 *
 * <pre>
 * java -cp … org.ergolens.bench.CheckFloor --input DIR [--threads 2]
 * </pre>
 */
public final class CheckFloor {
  private static final ReasonCode[] REASONS = ReasonCode.values();

  private CheckFloor() {}

  public static void main(String[] args) throws Exception {
    var a = Args.parse(args, "--input");
    Path input = Path.of(a.get("--input"));
    int threads = Integer.parseInt(a.getOrDefault("--threads", "2"));
    long start = System.nanoTime();
    List<String> lines = new ArrayList<>();
    for (DatasetSpec dataset : DecodeFloor.DATASETS) {
      List<Tally> parts =
          RowGroupColumns.scan(
              DuckDbBaseline.parquetFiles(input, dataset.id()),
              threads,
              Tally::new,
              (columns, group, tally) -> check(dataset, columns, tally));
      lines.add(dataset.id() + ": " + Tally.describe(parts));
    }
    lines.forEach(System.out::println);
    System.out.printf(
        Locale.ROOT,
        "checked in %.2f s (%d threads)%n",
        (System.nanoTime() - start) / 1e9,
        threads);
  }

  /** Rows per first failing reason (the last slot: accepted), and the valid reports' id hashes. */
  static final class Tally {
    /** Slots of {@link #rows}: one per reason, and the last for rows that pass every check. */
    static final int SLOTS = REASONS.length + 1;

    final long[] rows = new long[SLOTS];
    long[] hashes = new long[1 << 16];
    int hashCount;

    void hash(long h) {
      if (hashCount == hashes.length) {
        hashes = Arrays.copyOf(hashes, hashCount * 2);
      }
      hashes[hashCount++] = h;
    }

    /**
     * The threads' tallies summed; repeated hashes found by sorting each thread's hashes on a
     * thread of its own and merging the sorted runs.
     */
    static String describe(List<Tally> parts) {
      long[] rows = new long[SLOTS];
      for (Tally t : parts) {
        for (int i = 0; i < rows.length; i++) {
          rows[i] += t.rows[i];
        }
      }
      parts.parallelStream().forEach(t -> Arrays.sort(t.hashes, 0, t.hashCount));
      long[] merged = new long[0];
      for (Tally t : parts) {
        merged = merge(merged, Arrays.copyOf(t.hashes, t.hashCount));
      }
      long repeats = 0;
      for (int i = 1; i < merged.length; i++) {
        if (merged[i] == merged[i - 1]) {
          repeats++;
        }
      }
      Map<ReasonCode, Long> rejected = new EnumMap<>(ReasonCode.class);
      for (int i = 0; i < REASONS.length; i++) {
        if (rows[i] > 0) {
          rejected.put(REASONS[i], rows[i]);
        }
      }
      return Arrays.stream(rows).sum()
          + " rows read, "
          + rows[REASONS.length]
          + " pass every check, rejected "
          + rejected
          + (merged.length > 0 ? ", " + repeats + " repeated report_id hashes" : "");
    }

    private static long[] merge(long[] a, long[] b) {
      long[] out = new long[a.length + b.length];
      int i = 0;
      int j = 0;
      int k = 0;
      while (i < a.length && j < b.length) {
        out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
      }
      System.arraycopy(a, i, out, k, a.length - i);
      System.arraycopy(b, j, out, k + a.length - i, b.length - j);
      return out;
    }
  }

  static void check(DatasetSpec dataset, RowGroupColumns columns, Tally tally) {
    int rows = (int) columns.rows();
    byte[] reason = new byte[rows];
    long[] idHash = null;
    for (ColumnSpec spec : dataset.columns()) {
      ColumnDescriptor column = columns.column(spec.name());
      boolean hashed = spec.name().equals(Columns.REPORT_ID);
      if (hashed) {
        idHash = new long[rows];
      }
      check(spec, column, columns.reader(column), reason, hashed ? idHash : null);
    }
    for (int i = 0; i < rows; i++) {
      tally.rows[reason[i] == 0 ? REASONS.length : reason[i] - 1]++;
      if (idHash != null && reason[i] == 0) {
        tally.hash(idHash[i]);
      }
    }
  }

  /**
   * Checks one column's values, marking the first failure of each row not yet failed; with {@code
   * hashes}, also keeps each value's 64-bit hash.
   */
  private static void check(
      ColumnSpec spec, ColumnDescriptor column, ColumnReader r, byte[] reason, long[] hashes) {
    int defined = column.getMaxDefinitionLevel();
    PrimitiveType type = column.getPrimitiveType();
    // Dictionary-encoded pages hand out the same Binary for the same value: looked up by identity
    // first, by content when that misses (a plain-encoded page's values are new each time).
    Map<Binary, Byte> enums = new HashMap<>();
    Map<Binary, Byte> seen = new IdentityHashMap<>();
    Set<String> allowed = Set.copyOf(spec.values());
    double divisor = HandWrittenBaseline.divisor(type);
    if (spec.type() == ValueType.DATE) {
      expect(type, LogicalTypeAnnotation.dateType(), spec);
    }
    for (int i = 0; i < reason.length; i++) {
      ReasonCode failed;
      if (r.getCurrentDefinitionLevel() < defined) {
        failed = spec.required() ? ReasonCode.MISSING_REQUIRED : null;
      } else {
        failed =
            switch (spec.type()) {
              case ID, TEXT -> {
                Binary v = r.getBinary();
                if (hashes != null) {
                  hashes[i] = hash(v.toByteBuffer());
                }
                yield text(spec, v.toByteBuffer());
              }
              case ENUM -> {
                Binary v = r.getBinary();
                Byte known = seen.get(v);
                if (known == null) {
                  known = enums.get(v);
                  if (known == null) {
                    ReasonCode c = enumValue(spec, allowed, v.toStringUsingUTF8());
                    known = (byte) (c == null ? 0 : c.ordinal() + 1);
                    enums.put(v.copy(), known);
                  }
                  if (seen.size() < 4096) {
                    seen.put(v, known);
                  }
                }
                yield known == 0 ? null : REASONS[known - 1];
              }
              case INTEGER, DECIMAL -> number(spec, r.getInteger() / divisor);
              case DATE -> {
                r.getInteger();
                yield null;
              }
              case BOOLEAN -> {
                r.getBoolean();
                yield null;
              }
            };
      }
      if (failed != null && reason[i] == 0) {
        reason[i] = (byte) (failed.ordinal() + 1);
      }
      r.consume();
    }
  }

  /** An id or a text: present unless blank, within its length, ids of their character set. */
  private static ReasonCode text(ColumnSpec spec, ByteBuffer bytes) {
    int from = bytes.position();
    int to = bytes.limit();
    boolean blank = true;
    boolean idChars = true;
    int chars = 0;
    for (int k = from; k < to; k++) {
      byte b = bytes.get(k);
      if ((b & 0xC0) != 0x80) {
        chars++;
      }
      blank &= b == ' ' || b == '\t';
      idChars &=
          (b >= 'a' && b <= 'z')
              || (b >= 'A' && b <= 'Z')
              || (b >= '0' && b <= '9')
              || b == '_'
              || b == '.'
              || b == ':'
              || b == '-';
    }
    if (blank) {
      return spec.required() ? ReasonCode.MISSING_REQUIRED : null;
    }
    if (spec.type() == ValueType.ID) {
      return idChars && chars <= 128 ? null : ReasonCode.BAD_ID;
    }
    return chars < spec.min() || chars > spec.max() ? ReasonCode.OUT_OF_RANGE : null;
  }

  private static ReasonCode enumValue(ColumnSpec spec, Set<String> allowed, String v) {
    String n = HandWrittenBaseline.norm(v);
    if (n.isEmpty()) {
      return spec.required() ? ReasonCode.MISSING_REQUIRED : null;
    }
    return allowed.contains(n) ? null : ReasonCode.UNKNOWN_ENUM;
  }

  private static ReasonCode number(ColumnSpec spec, double v) {
    boolean below = spec.min() != null && v < spec.min();
    boolean above = spec.max() != null && v > spec.max();
    return below || above ? ReasonCode.OUT_OF_RANGE : null;
  }

  private static void expect(PrimitiveType type, LogicalTypeAnnotation logical, ColumnSpec spec) {
    if (!logical.equals(type.getLogicalTypeAnnotation())) {
      throw new IllegalArgumentException(
          "Cannot check column " + spec.name() + " stored as " + type);
    }
  }

  /** A 64-bit hash of the bytes (FNV-1a with a final mix): repeats are found by equal hashes. */
  private static long hash(ByteBuffer bytes) {
    long h = 0xcbf29ce484222325L;
    for (int k = bytes.position(); k < bytes.limit(); k++) {
      h = (h ^ (bytes.get(k) & 0xff)) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    return h ^ (h >>> 33);
  }
}
