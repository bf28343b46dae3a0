package org.ergolens.report;

import java.util.LinkedHashMap;
import java.util.Map;

/** Versions of ErgoLens and the platform, for reports and manifests. */
public final class Versions {
  private Versions() {}

  public static String ergolens() {
    String v = Versions.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }

  /** Versions that determine the report's numbers (deterministic across runs). */
  public static Map<String, String> current() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("ergolens", ergolens());
    return m;
  }

  /** Versions of the platform a run used (for the manifest). */
  public static Map<String, String> platform(String sparkVersion) {
    Map<String, String> m = new LinkedHashMap<>(current());
    m.put("spark", sparkVersion);
    m.put("java", System.getProperty("java.version"));
    return m;
  }
}
