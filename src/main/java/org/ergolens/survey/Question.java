package org.ergolens.survey;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ergolens.ingest.ColumnSpec;
import org.ergolens.ingest.ReasonCode;
import org.ergolens.ingest.ValueType;

/**
 * How a profile reads one questionnaire item (other than the body-region grid) from its column:
 * through a label table, as a number typed by the respondent, or (the department) through the
 * departments' display names.
 *
 * @param item the questionnaire item, which fixes the contract column
 * @param column the export column
 * @param required whether an empty answer rejects the response ({@code missing_required})
 * @param labels answer label → contract value (a {@link String} for an enumeration, {@link
 *     BigDecimal} for a number, {@link Boolean}), or null
 * @param numbers whether an answer that is no label is read as a number
 */
public record Question(
    Item item, ColumnRef column, boolean required, LabelTable<Object> labels, boolean numbers) {

  /** Decimals a typed number may have: as many as the datasets' decimal columns hold. */
  static final int MAX_DECIMALS = 2;

  private static final Pattern POINT = Pattern.compile("[+-]?([0-9]+(\\.[0-9]+)?|\\.[0-9]+)");
  private static final Pattern COMMA = Pattern.compile("[+-]?([0-9]+(,[0-9]+)?|,[0-9]+)");

  /** Whether the answers are departments' display names, looked up in {@code departments}. */
  public boolean isDepartment() {
    return item == Item.A2;
  }

  /**
   * The contract value of one answer, or why there is none.
   *
   * @param decimalMark the decimal mark of numbers typed as text, {@code .} or {@code ,}
   */
  public Answer answer(Cell cell, char decimalMark) {
    if (cell.isEmpty()) {
      return Answer.EMPTY;
    }
    if (labels != null) {
      Optional<Object> v = labels.value(cell.text());
      if (v.isPresent()) {
        return new Answer.Value(v.get());
      }
    }
    if (!numbers) {
      return new Answer.Failed(ReasonCode.UNKNOWN_ENUM, cell.text());
    }
    BigDecimal n = number(cell, decimalMark);
    if (n == null) {
      return new Answer.Failed(ReasonCode.BAD_NUMBER, cell.text());
    }
    ColumnSpec contract = item.contract();
    int allowedDecimals = contract.type() == ValueType.INTEGER ? 0 : MAX_DECIMALS;
    if (n.stripTrailingZeros().scale() > allowedDecimals) {
      return new Answer.Failed(ReasonCode.BAD_NUMBER, cell.text());
    }
    if (!inRange(n, contract)) {
      return new Answer.Failed(ReasonCode.OUT_OF_RANGE, cell.text());
    }
    return new Answer.Value(typed(n, contract));
  }

  /** A contract value for this item's column from a number, typed as the row sinks write it. */
  static Object typed(BigDecimal n, ColumnSpec contract) {
    return contract.type() == ValueType.INTEGER
        ? (Object) n.intValueExact()
        : n.stripTrailingZeros();
  }

  static boolean inRange(BigDecimal n, ColumnSpec contract) {
    double d = n.doubleValue();
    return (contract.min() == null || d >= contract.min())
        && (contract.max() == null || d <= contract.max());
  }

  private static BigDecimal number(Cell cell, char decimalMark) {
    if (cell.value() instanceof BigDecimal n) {
      return n;
    }
    String t = cell.text().strip();
    if (decimalMark == ',' && COMMA.matcher(t).matches()) {
      return new BigDecimal(t.replace(',', '.'));
    }
    if (decimalMark == '.' && POINT.matcher(t).matches()) {
      return new BigDecimal(t);
    }
    return null;
  }
}
