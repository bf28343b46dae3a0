package org.ergolens.stats;

import java.util.Objects;

/**
 * The adjusted effects of one level of a factor for one outcome, from the organisation-wide models
 * on all factors at once: the logistic model's odds ratio and the modified Poisson model's
 * prevalence ratio.
 *
 * @param oddsRatio the adjusted odds ratio (logistic regression); {@link RatioEstimate#NONE} when
 *     not estimated
 * @param prevalenceRatio the adjusted prevalence ratio (Poisson regression, robust HC0 interval);
 *     {@link RatioEstimate#NONE} when not estimated
 * @param note plain words for the {@code adjusted_note} column: why there is no estimate, or what
 *     to know about it; null when there is nothing to say
 */
public record AdjustedRatios(RatioEstimate oddsRatio, RatioEstimate prevalenceRatio, String note) {

  /** Checks that the estimates are given; an empty note is no note. */
  public AdjustedRatios {
    Objects.requireNonNull(oddsRatio, "oddsRatio");
    Objects.requireNonNull(prevalenceRatio, "prevalenceRatio");
    note = note == null || note.isEmpty() ? null : note;
  }

  /** No estimate, for the reason given. */
  public static AdjustedRatios none(String note) {
    return new AdjustedRatios(RatioEstimate.NONE, RatioEstimate.NONE, note);
  }

  /**
   * The two ratios of a level with one note: the models' shared note when they say the same (or
   * only one says anything), else both, each named.
   *
   * @param oddsRatio the level's odds ratio from the logistic model
   * @param oddsRatioNote what to know about it; empty or null when nothing
   * @param prevalenceRatio the level's prevalence ratio from the Poisson model
   * @param prevalenceRatioNote what to know about it; empty or null when nothing
   */
  public static AdjustedRatios of(
      RatioEstimate oddsRatio,
      String oddsRatioNote,
      RatioEstimate prevalenceRatio,
      String prevalenceRatioNote) {
    return new AdjustedRatios(
        oddsRatio, prevalenceRatio, combinedNote(oddsRatioNote, prevalenceRatioNote));
  }

  /** The odds ratio of a level from the logistic model. */
  public static RatioEstimate estimate(AdjustedEffect effect) {
    return new RatioEstimate(effect.oddsRatio(), effect.ciLow(), effect.ciHigh(), effect.pValue());
  }

  /** The prevalence ratio of a level from the Poisson model. */
  public static RatioEstimate estimate(AdjustedPrevalenceRatio ratio) {
    return new RatioEstimate(ratio.ratio(), ratio.ciLow(), ratio.ciHigh(), ratio.pValue());
  }

  static String combinedNote(String oddsRatioNote, String prevalenceRatioNote) {
    boolean or = oddsRatioNote != null && !oddsRatioNote.isEmpty();
    boolean pr = prevalenceRatioNote != null && !prevalenceRatioNote.isEmpty();
    if (!pr || (or && oddsRatioNote.equals(prevalenceRatioNote))) {
      return or ? oddsRatioNote : null;
    }
    if (!or) {
      return "adjusted prevalence ratio: " + prevalenceRatioNote;
    }
    return "adjusted odds ratio: "
        + oddsRatioNote
        + "; adjusted prevalence ratio: "
        + prevalenceRatioNote;
  }
}
