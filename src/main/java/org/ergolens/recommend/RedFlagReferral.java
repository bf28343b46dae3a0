package org.ergolens.recommend;

import java.util.List;
import java.util.Optional;
import org.ergolens.privacy.PublishedSummary;
import org.ergolens.text.Labels;
import org.ergolens.text.Numbers;

/**
 * The referral message, made when a scope's red flags are published, at least k respondents (so
 * that no small count is ever quoted) and at least the configured share of its respondents.
 */
final class RedFlagReferral {
  private final RankingSettings settings;

  RedFlagReferral(RankingSettings settings) {
    this.settings = settings;
  }

  /**
   * The referral for a scope, if its red flags call for it.
   *
   * @param organisation whether the scope is the whole organisation (for the wording)
   */
  Optional<Candidate> candidate(
      CatalogEntry entry, int order, PublishedSummary scope, boolean organisation) {
    Long flags = scope.redFlags();
    Double share = scope.redFlagShare();
    if (flags == null
        || share == null
        || flags < settings.minGroupSize()
        || share < settings.redFlagMinShare()) {
      return Optional.empty();
    }
    String rationale =
        (organisation
                ? "Organisation-wide, " + flags + " respondents ("
                : flags + " respondents here (")
            + Numbers.percent(share)
            + ") reported discomfort lasting "
            + Labels.moreThanDays(settings.redFlagDays())
            + ", or numbness or tingling, this month.";
    return Optional.of(new Candidate(entry, order, List.of(), null, share, null, flags, rationale));
  }
}
