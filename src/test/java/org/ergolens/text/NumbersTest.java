package org.ergolens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.DoubleFunction;
import org.ergolens.model.Outcome;
import org.junit.jupiter.api.Test;

class NumbersTest {
  @Test
  void countsHaveThousandsSeparators() {
    assertEquals("0", Numbers.count(0));
    assertEquals("999", Numbers.count(999));
    assertEquals("1,000", Numbers.count(1000));
    assertEquals("1,234,567", Numbers.count(1_234_567));
    assertEquals("−3", Numbers.count(-3));
    assertEquals("withheld", Numbers.count(OptionalLong.empty()));
    assertEquals("40", Numbers.count(OptionalLong.of(40)));
  }

  @Test
  void countChangesAreSigned() {
    assertEquals("+45", Numbers.countChange(45));
    assertEquals("−3", Numbers.countChange(-3));
    assertEquals("0", Numbers.countChange(0));
    assertEquals("+1,200", Numbers.countChange(1200));
  }

  @Test
  void percentagesHaveOneDecimalRoundedHalfAwayFromZero() {
    assertEquals("12.5%", Numbers.percent(0.125));
    assertEquals("1.3%", Numbers.percent(0.0125), "half away from zero on the written decimal");
    assertEquals("1.2%", Numbers.percent(0.01249));
    assertEquals("33.3%", Numbers.percent(1.0 / 3));
    assertEquals("66.7%", Numbers.percent(2.0 / 3));
    assertEquals("0.0%", Numbers.percent(0));
    assertEquals("100.0%", Numbers.percent(1));
    assertEquals("withheld", Numbers.percent(OptionalDouble.empty()));
    assertEquals("30.0%", Numbers.percent(OptionalDouble.of(0.3)));
  }

  @Test
  void smallAndNearlyWholeSharesNeverReadAsNoneOrAll() {
    assertEquals("under 0.1%", Numbers.percent(0.0004));
    assertEquals("0.1%", Numbers.percent(0.0005));
    assertEquals("over 99.9%", Numbers.percent(0.9996));
    assertEquals("99.9%", Numbers.percent(0.9994));
  }

  @Test
  void percentIntervalsAndEstimates() {
    assertEquals("10.2–15.0%", Numbers.percentInterval(0.1024, 0.15));
    assertEquals(
        "12.5% (95% CI 10.2–15.0%)", Numbers.percent(new Estimate(0.125, 0.1024, 0.14999)));
    assertEquals("0.0–2.5%", Numbers.percentInterval(0, 0.0249));
  }

  @Test
  void intervalBoundsThatRoundEqualGetOneMoreDecimal() {
    assertEquals("12.50–12.55%", Numbers.percentInterval(0.12501, 0.12549));
    assertEquals("1.840–1.843", Numbers.ratioInterval(1.8404, 1.8426));
    assertEquals("about 4 (95% CI 3.6–4.4)", Numbers.cases(new Estimate(4.0, 3.6, 4.4)));
    assertEquals("about 4 (95% CI 4–4)", Numbers.cases(new Estimate(4, 4, 4)), "a true point");
  }

  @Test
  void axisEndsAreWholeWhenTheyCanBe() {
    assertEquals("50%", Numbers.percentTick(0.5));
    assertEquals("0%", Numbers.percentTick(0));
    assertEquals("2.5%", Numbers.percentTick(0.025));
    assertEquals("100%", Numbers.percentTick(1));
  }

  @Test
  void percentagePointChangesAreSigned() {
    assertEquals("+1.6 pp", Numbers.points(0.016));
    assertEquals("−0.4 pp", Numbers.points(-0.004));
    assertEquals("0.0 pp", Numbers.points(0));
    assertEquals("0.0 pp", Numbers.points(-0.0004), "no sign on a change that rounds to nothing");
    assertEquals("0.0 pp", Numbers.points(0.0004));
    assertEquals("−22.1 pp", Numbers.points(-0.221));
    assertEquals("+100.0 pp", Numbers.points(1));
  }

  @Test
  void pointIntervalsSayToWhenABoundIsNegative() {
    assertEquals("−28.0 to −15.0 pp", Numbers.pointsInterval(-0.28, -0.15));
    assertEquals("−2.1 to +3.4 pp", Numbers.pointsInterval(-0.021, 0.034));
    assertEquals(
        "−22.1 pp (95% CI −28.0 to −15.0 pp)", Numbers.points(new Estimate(-0.221, -0.28, -0.15)));
  }

  @Test
  void ratiosHaveTwoDecimals() {
    assertEquals("1.84", Numbers.ratio(1.8373));
    assertEquals("2.68", Numbers.ratio(2.675), "2.675 as written rounds up");
    assertEquals("1.00", Numbers.ratio(1));
    assertEquals("0.50", Numbers.ratio(0.5));
    assertEquals("under 0.01", Numbers.ratio(0.004));
    assertEquals("0.00", Numbers.ratio(0));
    assertEquals("1234.57", Numbers.ratio(1234.567), "ratios are not grouped");
    assertEquals("1.20–2.84", Numbers.ratioInterval(1.2, 2.84));
    assertEquals("1.84 (95% CI 1.20–2.84)", Numbers.ratio(new Estimate(1.8373, 1.2, 2.84)));
  }

  @Test
  void casesAreWholePeople() {
    assertEquals("about 120", Numbers.cases(119.6));
    assertEquals("about 1,235", Numbers.cases(1234.5));
    assertEquals("about 1", Numbers.cases(0.5), "0.5 rounds half away from zero");
    assertEquals("less than one", Numbers.cases(0.49));
    assertEquals("less than one", Numbers.cases(1e-9));
    assertEquals("none", Numbers.cases(0));
  }

  @Test
  void casesWithTheirInterval() {
    assertEquals("about 120 (95% CI 90–150)", Numbers.cases(new Estimate(119.6, 89.7, 150.2)));
    assertEquals("about 1,200 (95% CI 980–1,450)", Numbers.cases(new Estimate(1200, 980, 1450)));
    assertEquals("less than one (95% CI 0–2)", Numbers.cases(new Estimate(0.3, 0, 2.1)));
    assertEquals("none", Numbers.cases(new Estimate(0, 0, 0.2)));
    assertEquals("none (95% CI 0–1)", Numbers.cases(new Estimate(0, 0, 0.6)));
  }

  @Test
  void casesOutOfTheMonthsCases() {
    assertEquals(
        "about 120 of this month's 450 lower-back cases",
        Numbers.casesOf(119.6, OptionalLong.of(450), Outcome.LOWER_BACK));
    assertEquals(
        "about 2 of this month's neck cases",
        Numbers.casesOf(2.2, OptionalLong.empty(), Outcome.NECK));
    assertEquals(
        "about 120 (95% CI 90–150) of this month's 1,450 cases of discomfort in any body region",
        Numbers.casesOf(new Estimate(119.6, 90, 150), OptionalLong.of(1450), Outcome.ANY_REGION));
  }

  @Test
  void confidenceLevels() {
    assertEquals("95%", Numbers.level(0.95));
    assertEquals("97.5%", Numbers.level(0.975));
    assertEquals("99.8%", Numbers.level(0.998));
  }

  @Test
  void nanAndInfinityAreNeverPrinted() {
    List<DoubleFunction<String>> forms =
        List.of(Numbers::percent, Numbers::points, Numbers::ratio, Numbers::cases);
    for (double bad :
        new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      for (DoubleFunction<String> form : forms) {
        String s = form.apply(bad);
        assertEquals("not available", s);
      }
      assertEquals("not available", Numbers.percentInterval(0.1, bad));
      assertEquals("not available", Numbers.pointsInterval(bad, 0.1));
      assertEquals("not available", Numbers.ratioInterval(bad, bad));
      assertThrows(IllegalArgumentException.class, () -> new Estimate(bad, 0, 1));
    }
  }

  @Test
  void theSameInEveryLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals("1,234", Numbers.count(1234));
      assertEquals("12.5%", Numbers.percent(0.125));
      assertEquals("1.84", Numbers.ratio(1.8373));
      Locale.setDefault(new Locale("ar", "EG"));
      assertEquals("1,234", Numbers.count(1234));
      assertFalse(Numbers.percent(0.125).chars().anyMatch(c -> c > 0x7f && c != '%'));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void anIntervalNeedsOrderedBounds() {
    assertThrows(IllegalArgumentException.class, () -> new Estimate(1, 2, 0.5));
  }
}
