package org.ergolens.recommend;

import java.util.List;
import java.util.Optional;
import org.ergolens.model.Outcome;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.stats.ExcessPrevalence;
import org.ergolens.text.Labels;
import org.ergolens.text.Numbers;

/**
 * Programmes triggered by raised discomfort: a unit's prevalence of one of the entry's outcomes is
 * credibly above the organisation's. Credibly means that the unit's exact (Clopper–Pearson)
 * confidence interval at the configured level lies wholly above the organisation's prevalence,
 * tested as the one-sided exact binomial test; the tail is shared (Bonferroni) among the entry's
 * outcomes, so a programme with many outcomes is not triggered more easily. The unit is compared
 * with the whole organisation, itself included, which is conservative. The action is ranked by the
 * cases above the organisation's rate (the largest among its raised outcomes). Every number used is
 * published: the unit's respondents and cases, the organisation's prevalence.
 */
final class RaisedDiscomfortActions {
  private final RankingSettings settings;

  RaisedDiscomfortActions(RankingSettings settings) {
    this.settings = settings;
  }

  /** The figures of one raised outcome. */
  private record Raised(
      Outcome outcome, long cases, long respondents, double reference, double excess) {}

  /** The entry's candidate for a unit, if one of its outcomes is credibly raised there. */
  Optional<Candidate> candidate(
      CatalogEntry entry,
      int order,
      Trigger.RaisedDiscomfort trigger,
      PublishedSummary unit,
      PublishedSummary organisation) {
    double alpha = settings.oneSidedAlpha(trigger.outcomes().size());
    Raised best = null;
    for (String id : trigger.outcomes()) {
      Raised r = raised(Outcome.byId(id), unit, organisation, alpha);
      if (r != null && (best == null || r.excess() > best.excess())) {
        best = r;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    double prevalence = (double) best.cases() / best.respondents();
    return Optional.of(
        new Candidate(
            entry,
            order,
            List.of(),
            best.outcome().id(),
            prevalence,
            null,
            best.excess(),
            rationale(best, prevalence)));
  }

  private static Raised raised(
      Outcome o, PublishedSummary unit, PublishedSummary organisation, double alpha) {
    Long cases = unit.cases(o);
    Long respondents = unit.respondents();
    Double reference = organisation.prevalence(o);
    if (cases == null || respondents == null || respondents == 0 || reference == null) {
      return null;
    }
    double excess = ExcessPrevalence.excessCases(cases, respondents, reference);
    if (excess <= 0 || ExcessPrevalence.pValue(cases, respondents, reference) >= alpha) {
      return null;
    }
    return new Raised(o, cases, respondents, reference, excess);
  }

  private String rationale(Raised r, double prevalence) {
    return Numbers.percent(prevalence)
        + " of respondents here ("
        + Numbers.count(r.cases())
        + " of "
        + Numbers.count(r.respondents())
        + ") had "
        + Labels.discomfort(r.outcome())
        + " this month, against "
        + Numbers.percent(r.reference())
        + " organisation-wide: "
        + Numbers.cases(r.excess())
        + " more cases than the organisation's rate would give, too many to put down to chance at"
        + " "
        + Numbers.level(settings.credibilityLevel())
        + " confidence.";
  }
}
