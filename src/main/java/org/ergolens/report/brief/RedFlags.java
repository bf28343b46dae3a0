package org.ergolens.report.brief;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * People whose discomfort lasted more than the configured days, or with numbness or tingling.
 *
 * @param count how many; empty when withheld
 * @param share their share of the scope's people; empty when withheld
 * @param referral whether the referral to a health professional is among the actions
 */
public record RedFlags(OptionalLong count, OptionalDouble share, boolean referral) {
  public RedFlags {
    Checks.notNull(count, "count");
    Checks.share(share, "share");
    if (share.isPresent() && count.isEmpty()) {
      throw new IllegalArgumentException("A red-flag share is withheld with its count");
    }
  }
}
