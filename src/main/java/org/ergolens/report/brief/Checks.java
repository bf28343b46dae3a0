package org.ergolens.report.brief;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.ergolens.text.Estimate;

/** The preconditions of the brief's records, so that a renderer never meets a bad value. */
final class Checks {
  private Checks() {}

  static <T> T notNull(T value, String name) {
    return Objects.requireNonNull(value, name + " is required");
  }

  static <T> List<T> list(List<T> values, String name) {
    return List.copyOf(notNull(values, name));
  }

  static void positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }

  static void nonNegative(double value, String name) {
    if (!(value >= 0) || !Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be finite and at least 0: " + value);
    }
  }

  static void share(double value, String name) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be a share in [0, 1]: " + value);
    }
  }

  static void share(OptionalDouble value, String name) {
    value.ifPresent(v -> share(v, name));
  }

  static void shareEstimate(Optional<Estimate> value, String name) {
    value.ifPresent(
        e -> {
          share(e.value(), name);
          share(e.low(), name + " (low)");
          share(e.high(), name + " (high)");
        });
  }
}
