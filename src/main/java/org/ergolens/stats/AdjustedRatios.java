package org.ergolens.stats;

/**
 * The adjusted effects of one level of a factor for one outcome, from the organisation-wide models
 * on all factors at once.
 *
 * @param oddsRatio the adjusted odds ratio (logistic regression); {@link RatioEstimate#NONE} when
 *     not estimated
 * @param note plain words for the {@code adjusted_note} column: why there is no estimate, or what
 *     to know about it; null when there is nothing to say
 */
public record AdjustedRatios(RatioEstimate oddsRatio, String note) {

  /** Checks that the estimate is given; an empty note is no note. */
  public AdjustedRatios {
    java.util.Objects.requireNonNull(oddsRatio, "oddsRatio");
    note = note == null || note.isEmpty() ? null : note;
  }

  /** No estimate, for the reason given. */
  public static AdjustedRatios none(String note) {
    return new AdjustedRatios(RatioEstimate.NONE, note);
  }

  /** The odds ratio of a level from the logistic model, with the level's own note. */
  public static AdjustedRatios of(AdjustedEffect effect) {
    return new AdjustedRatios(
        new RatioEstimate(effect.oddsRatio(), effect.ciLow(), effect.ciHigh(), effect.pValue()),
        effect.note());
  }
}
