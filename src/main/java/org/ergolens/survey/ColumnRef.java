package org.ergolens.survey;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One export column as a profile names it: by its header text (matched as {@link Texts#key} does)
 * or by a regular expression found in the header (case-insensitive). A column matches when any of
 * its header rows does, so a Qualtrics column can be named by its export tag ({@code ResponseId})
 * or its question text.
 *
 * <p>A grid's columns are named by a template holding {@value #ROW}, which {@link #forRow} replaces
 * by a row's label (quoted, in a pattern).
 */
public final class ColumnRef {
  /** The placeholder of a grid row's label in a template. */
  public static final String ROW = "{row}";

  private final String text;
  private final Pattern pattern;

  private ColumnRef(String text, Pattern pattern) {
    this.text = text;
    this.pattern = pattern;
  }

  /** A column whose header is {@code header}. */
  public static ColumnRef header(String header) {
    return new ColumnRef(Objects.requireNonNull(header, "header"), null);
  }

  /**
   * A column whose header contains a match of {@code regex}.
   *
   * @throws PatternSyntaxException when the expression is not valid
   */
  public static ColumnRef pattern(String regex) {
    return new ColumnRef(
        regex, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  /** Whether a column headed {@code header} is this one. */
  public boolean matches(String header) {
    if (header == null || header.isBlank()) {
      return false;
    }
    return pattern == null
        ? Texts.key(header).equals(Texts.key(text))
        : pattern.matcher(Texts.key(header)).find();
  }

  /** Whether this is a grid template, holding {@value #ROW}. */
  public boolean isTemplate() {
    return text.contains(ROW);
  }

  /** This template with {@value #ROW} replaced by a grid row's label. */
  public ColumnRef forRow(String rowLabel) {
    return pattern == null
        ? header(text.replace(ROW, rowLabel))
        : pattern(text.replace(ROW, Pattern.quote(Texts.key(rowLabel))));
  }

  /** As written in the profile: the header in quotes, or the pattern between slashes. */
  @Override
  public String toString() {
    return pattern == null ? Texts.quoted(text) : "/" + text + "/";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ColumnRef c
        && c.text.equals(text)
        && (c.pattern == null) == (pattern == null);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, pattern == null);
  }
}
