package org.ergolens.report;

/** The plain-language notice every report carries. */
public final class Disclaimer {
  public static final String TEXT =
      "This report describes groups of employees to guide workplace programmes and changes. "
          + "It is not medical advice and does not diagnose anyone. Anyone with discomfort that "
          + "lasts more than a few days, or with numbness or tingling in the hands or arms, "
          + "should see a health professional.";

  private Disclaimer() {}
}
