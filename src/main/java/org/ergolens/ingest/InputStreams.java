package org.ergolens.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.ergolens.ingest.format.DecodedText;
import org.ergolens.ingest.format.TextEncoding;

/**
 * Opens input files through Hadoop's file systems: compressed files through the codec their
 * extension names, UTF-16 text as UTF-8, workbooks as a local file.
 */
final class InputStreams {
  private InputStreams() {}

  /** The codec a file's extension names, or null for an uncompressed file. */
  static CompressionCodec codec(String path, Configuration conf) {
    return new CompressionCodecFactory(conf).getCodec(new org.apache.hadoop.fs.Path(path));
  }

  /** The file's bytes, decompressed when its extension names a codec. */
  static InputStream open(String path, Configuration conf) throws IOException {
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
    FSDataInputStream raw = p.getFileSystem(conf).open(p);
    CompressionCodec codec = codec(path, conf);
    if (codec == null) {
      return raw;
    }
    try {
      return codec.createInputStream(raw);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  /** The file's bytes from {@code offset} on (an uncompressed file). */
  static InputStream openAt(String path, long offset, Configuration conf) throws IOException {
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
    FSDataInputStream in = p.getFileSystem(conf).open(p);
    if (offset > 0) {
      in.seek(offset);
    }
    return in;
  }

  /**
   * The whole file's text as UTF-8 bytes: decompressed, and transcoded when it is UTF-16 (without
   * its byte-order mark). A UTF-8 file's bytes are passed on as they are, mark included.
   */
  static InputStream utf8(String path, TextEncoding encoding, Configuration conf)
      throws IOException {
    InputStream in = open(path, conf);
    if (encoding == TextEncoding.UTF_8) {
      return in;
    }
    return DecodedText.open(in).asUtf8();
  }

  /**
   * A workbook as a local file, for random access to its parts: the file itself on a local file
   * system, otherwise a temporary copy, deleted when the returned handle is closed.
   */
  static LocalCopy local(String path, Configuration conf) throws IOException {
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
    FileSystem fs = p.getFileSystem(conf);
    if ("file".equals(fs.getScheme())) {
      return new LocalCopy(Path.of(p.toUri().getPath()), false);
    }
    Path copy = Files.createTempFile("ergolens-", ".xlsx");
    try (InputStream in = fs.open(p)) {
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(copy);
      throw e;
    }
    return new LocalCopy(copy, true);
  }

  /** A local path to a file, a temporary copy when {@code temporary}. */
  record LocalCopy(Path path, boolean temporary) implements AutoCloseable {
    @Override
    public void close() {
      if (temporary) {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
