package org.ergolens.survey;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.ergolens.ErgoLensException;
import org.ergolens.Errors;

/**
 * Where an import reads from: an export file, or a directory whose every {@code .xlsx}, {@code
 * .csv} and {@code .csv.gz} file other than {@code departments.csv} is a part, read in name order
 * (so that a team can drop each month's download into one folder); the departments' file, {@code
 * departments.csv} beside the export unless given; and the optional headcount, a {@code
 * headcount.csv}, {@code .csv.gz} or {@code .xlsx} beside the export, which is not a part either.
 *
 * @param export the export as given
 * @param files the export files, in the order they are read
 * @param departments the departments' file
 * @param headcount the headcount file beside the export, or null when there is none
 */
public record ExportLocation(
    String export, List<ExportFile> files, String departments, String headcount) {
  /** The departments' file name looked for beside the export. */
  public static final String DEPARTMENTS_FILE = "departments.csv";

  /** The headcount files looked for beside the export, by name in any case. */
  public static final List<String> HEADCOUNT_FILES =
      List.of("headcount.csv", "headcount.csv.gz", "headcount.xlsx");

  public ExportLocation {
    files = List.copyOf(files);
  }

  /**
   * Finds the export files and the departments.
   *
   * @param departments the departments' file, or null for {@code departments.csv} beside the export
   * @throws ErgoLensException when the export or the departments cannot be found
   */
  public static ExportLocation resolve(String export, String departments, Configuration conf) {
    Path path = new Path(export);
    try {
      FileSystem fs = path.getFileSystem(conf);
      FileStatus status = fs.getFileStatus(path);
      List<ExportFile> files = new ArrayList<>();
      Path beside;
      if (status.isDirectory()) {
        FileStatus[] entries = fs.listStatus(path);
        Arrays.sort(entries, Comparator.comparing(s -> s.getPath().getName()));
        for (FileStatus s : entries) {
          String name = s.getPath().getName();
          if (s.isFile() && !skipped(name)) {
            ExportFile.Kind.ofFileName(name)
                .ifPresent(
                    k -> files.add(new ExportFile(s.getPath().toString(), name, k, s.getLen())));
          }
        }
        if (files.isEmpty()) {
          throw fail(
              export,
              "the directory holds no export (.xlsx, .csv or .csv.gz besides "
                  + DEPARTMENTS_FILE
                  + ")");
        }
        beside = status.getPath();
      } else {
        String name = status.getPath().getName();
        ExportFile.Kind kind =
            ExportFile.Kind.ofFileName(name)
                .orElseThrow(
                    () ->
                        fail(
                            export,
                            "not an export file; use an .xlsx workbook or a .csv or .csv.gz file"
                                + " (save an Excel 97-2003 .xls as .xlsx)"));
        files.add(new ExportFile(status.getPath().toString(), name, kind, status.getLen()));
        beside = status.getPath().getParent();
      }
      return new ExportLocation(
          export,
          files,
          departments(departments, beside, fs, conf, export),
          headcount(beside, fs, export));
    } catch (FileNotFoundException e) {
      throw fail(export, "no such file or directory");
    } catch (IOException e) {
      throw Errors.unreadable(export, e.getMessage());
    }
  }

  /**
   * Files of an export directory that are not parts: hidden ones, markers, the lock file Excel
   * leaves beside a workbook it has open ({@code ~$…}), the departments and the headcount.
   */
  static boolean skipped(String name) {
    return name.startsWith(".")
        || name.startsWith("_")
        || name.startsWith("~$")
        || name.equalsIgnoreCase(DEPARTMENTS_FILE)
        || HEADCOUNT_FILES.stream().anyMatch(name::equalsIgnoreCase);
  }

  /** The headcount file in {@code beside}, or null; two of them are refused. */
  private static String headcount(Path beside, FileSystem fs, String export) throws IOException {
    List<String> found = new ArrayList<>();
    for (FileStatus s : fs.listStatus(beside)) {
      String name = s.getPath().getName();
      if (s.isFile() && HEADCOUNT_FILES.stream().anyMatch(name::equalsIgnoreCase)) {
        found.add(s.getPath().toString());
      }
    }
    if (found.size() > 1) {
      throw fail(
          export,
          "more than one headcount file beside the export ("
              + String.join(", ", found.stream().map(f -> new Path(f).getName()).sorted().toList())
              + "); keep one");
    }
    return found.isEmpty() ? null : found.get(0);
  }

  /**
   * The departments' file: the one given, or {@code departments.csv} in the export's directory
   * {@code beside} (its name in any case, as a spreadsheet user may save it).
   */
  private static String departments(
      String given, Path beside, FileSystem fs, Configuration conf, String export)
      throws IOException {
    if (given != null) {
      Path p = new Path(given);
      if (!p.getFileSystem(conf).isFile(p)) {
        throw fail(given, "no such departments file");
      }
      return p.getFileSystem(conf).makeQualified(p).toString();
    }
    for (FileStatus s : fs.listStatus(beside)) {
      if (s.isFile() && s.getPath().getName().equalsIgnoreCase(DEPARTMENTS_FILE)) {
        return s.getPath().toString();
      }
    }
    throw fail(
        export,
        "no "
            + DEPARTMENTS_FILE
            + " beside the export; put the departments' file (department, name, parent) there"
            + " or pass --departments FILE");
  }

  private static ErgoLensException fail(String what, String why) {
    return new ErgoLensException(
        ErgoLensException.EXIT_INPUT, "Cannot import " + what + ": " + why + ".");
  }
}
