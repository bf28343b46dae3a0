package org.ergolens.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ergolens.model.Factor;
import org.ergolens.model.Outcome;
import org.ergolens.privacy.SuppressionReason;

/**
 * The codes of the machine tables that must never reach a reader: every factor, level, outcome and
 * suppression reason id, the trend notes and the audiences. Ids that are also plain English words
 * ("neck", "none", "hourly") are left out, since the words themselves are rightly in the text;
 * every other id (with an underscore or a digit) is searched for as a whole word.
 */
public final class InternalCodes {
  private static final List<String> TREND_NOTES =
      List.of(
          "no_reports_in_month",
          "no_previous_month_data",
          "previous_month_not_comparable",
          "composition_changed",
          "baseline_too_short");

  private InternalCodes() {}

  /** Every code that is not also a plain word. */
  public static List<String> all() {
    List<String> ids = new ArrayList<>();
    for (Factor f : Factor.values()) {
      ids.add(f.id());
      ids.addAll(f.levels());
    }
    for (Outcome o : Outcome.values()) {
      ids.add(o.id());
    }
    for (SuppressionReason r : SuppressionReason.values()) {
      ids.add(r.id());
    }
    ids.addAll(TREND_NOTES);
    return ids.stream().filter(id -> !id.matches("[a-z]+")).distinct().toList();
  }

  /** The first code found in the text as a whole word, if any. */
  public static Optional<String> findIn(String text) {
    for (String id : all()) {
      if (Pattern.compile("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])").matcher(text).find()) {
        return Optional.of(id);
      }
    }
    return Optional.empty();
  }
}
