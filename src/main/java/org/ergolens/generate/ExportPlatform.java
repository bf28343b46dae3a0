package org.ergolens.generate;

import java.util.Locale;

/**
 * The survey platforms whose exports the generator writes ({@code ../shared/questionnaire.md}
 * section 2), each in the shape and file type it downloads as.
 */
public enum ExportPlatform {
  /** Microsoft Forms' Excel download: one workbook per monthly form. */
  MICROSOFT_FORMS("microsoft-forms", ExportDialect.XLSX),
  /** Google Forms' CSV download: one file of every response. */
  GOOGLE_FORMS("google-forms", ExportDialect.CSV),
  /** Qualtrics' CSV export with choice text: three header rows. */
  QUALTRICS("qualtrics", ExportDialect.QUALTRICS_CSV);

  private final String id;
  private final ExportDialect dialect;

  ExportPlatform(String id, ExportDialect dialect) {
    this.id = id;
    this.dialect = dialect;
  }

  /** The name used on the command line and by the shipped profile, e.g. {@code google-forms}. */
  public String id() {
    return id;
  }

  /** How the platform's download is written. */
  public ExportDialect dialect() {
    return dialect;
  }

  /**
   * The platform named {@code text}.
   *
   * @throws IllegalArgumentException for any other name
   */
  public static ExportPlatform parse(String text) {
    String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    for (ExportPlatform p : values()) {
      if (p.id.equals(t)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "Cannot write exports as '"
            + text
            + "': expected microsoft-forms, google-forms or qualtrics");
  }
}
