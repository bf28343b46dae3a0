package org.ergolens.report.brief;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Where the briefs go in a month's directory: {@code briefs/<unit>.html} and {@code .pdf} for each
 * unit, {@code organisation.html} and {@code .pdf} beside {@code report.pdf} for the organisation
 * (outside {@code briefs/}, so that no unit id can take its name). A unit id is used as it is when
 * it is a plain file name (letters, digits, {@code .}, {@code _}, {@code -}, not starting with a
 * dot, at most 100 characters); otherwise its other characters become {@code _} and a short hash of
 * the id is added, so that two ids never share a file and every file system takes the name.
 */
public final class BriefFiles {
  public static final String DIRECTORY = "briefs";
  public static final String ORGANISATION = "organisation";
  public static final String REPORT_PDF = "report.pdf";

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}");
  private static final Pattern OTHER = Pattern.compile("[^A-Za-z0-9._-]");

  private BriefFiles() {}

  /** The file name of a unit's brief, without its extension. */
  public static String baseName(String unitId) {
    if (PLAIN.matcher(unitId).matches()) {
      return unitId;
    }
    String safe = OTHER.matcher(unitId).replaceAll("_");
    if (safe.startsWith(".")) {
      safe = "_" + safe.substring(1);
    }
    if (safe.length() > 80) {
      safe = safe.substring(0, 80);
    }
    return safe + "-" + shortHash(unitId);
  }

  /** {@code briefs/<unit>.html}. */
  public static String html(String unitId) {
    return DIRECTORY + "/" + baseName(unitId) + ".html";
  }

  /** {@code briefs/<unit>.pdf}. */
  public static String pdf(String unitId) {
    return DIRECTORY + "/" + baseName(unitId) + ".pdf";
  }

  private static String shortHash(String id) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
