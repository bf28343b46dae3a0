package org.ergolens.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.ergolens.Errors;

/**
 * Finds the files of each dataset under an input location (any Hadoop-compatible URI): either one
 * file named after the dataset ({@code workstation_survey.csv}, {@code .csv.gz}, {@code .xlsx}, …)
 * or a directory of part files ({@code workstation_survey/part-0001.parquet}), read in file-name
 * order. An Excel 97–2003 {@code .xls} file is refused with a line that says how to save it.
 */
public final class InputLocator {
  private final Path input;
  private final Configuration hadoopConf;

  public InputLocator(String input, Configuration hadoopConf) {
    this.input = new Path(input);
    this.hadoopConf = hadoopConf;
  }

  /** The dataset's files, or empty when an optional dataset is absent. */
  public Optional<List<SourceFile>> locate(DatasetSpec dataset) {
    try {
      FileSystem fs = input.getFileSystem(hadoopConf);
      if (!fs.getFileStatus(input).isDirectory()) {
        throw Errors.unreadable(input.toString(), "the input is not a directory.");
      }
      List<FileStatus> matches = new ArrayList<>();
      for (FileStatus st : fs.listStatus(input)) {
        String name = st.getPath().getName();
        if (st.isFile()
            && name.startsWith(dataset.id() + ".")
            && name.indexOf('.') == dataset.id().length()
            && InputFormat.isOldExcel(name)) {
          throw Errors.oldExcelWorkbook(st.getPath().toString());
        }
        if (name.equals(dataset.id())
            || (st.isFile()
                && name.startsWith(dataset.id() + ".")
                && InputFormat.ofFileName(name).isPresent()
                && name.indexOf('.') == dataset.id().length())) {
          matches.add(st);
        }
      }
      if (matches.isEmpty()) {
        if (dataset.required()) {
          throw Errors.missingDataset(dataset.id(), input.toString());
        }
        return Optional.empty();
      }
      if (matches.size() > 1) {
        throw Errors.ambiguousDataset(dataset.id(), input.toString());
      }
      FileStatus found = matches.get(0);
      List<FileStatus> files =
          found.isDirectory() ? dataFiles(fs, found.getPath()) : List.of(found);
      if (files.isEmpty()) {
        throw Errors.emptyDataset(dataset.id(), found.getPath().toString());
      }
      List<SourceFile> out = new ArrayList<>();
      for (FileStatus f : files) {
        if (InputFormat.isOldExcel(f.getPath().getName())) {
          throw Errors.oldExcelWorkbook(f.getPath().toString());
        }
        InputFormat format =
            InputFormat.ofFileName(f.getPath().getName())
                .orElseThrow(() -> Errors.unknownFormat(f.getPath().toString()));
        out.add(new SourceFile(out.size(), f.getPath().toString(), format, f.getLen()));
      }
      return Optional.of(List.copyOf(out));
    } catch (java.io.FileNotFoundException e) {
      throw Errors.unreadable(input.toString(), "no such directory.");
    } catch (IOException e) {
      throw Errors.unreadable(input.toString(), e.getMessage());
    }
  }

  /** Data files of a part directory in name order, skipping hidden and marker files. */
  private static List<FileStatus> dataFiles(FileSystem fs, Path dir) throws IOException {
    return Arrays.stream(fs.listStatus(dir))
        .filter(FileStatus::isFile)
        .filter(
            s -> !s.getPath().getName().startsWith(".") && !s.getPath().getName().startsWith("_"))
        .sorted(Comparator.comparing(s -> s.getPath().getName()))
        .toList();
  }
}
