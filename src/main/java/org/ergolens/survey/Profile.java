package org.ergolens.survey;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An import profile: how one survey platform's export of the questionnaire is read. It is data (a
 * JSON file, see {@code docs/import.md}), loaded and validated by {@link ProfileReader}; this is
 * its validated, immutable form.
 *
 * @param name the profile's name, e.g. {@code microsoft-forms}
 * @param source where it was loaded from, for messages and the manifest
 * @param description what export it reads, in words
 * @param headerRows rows of header before the first response (Qualtrics: 3)
 * @param responseDate the completion time, which dates the response and its reports
 * @param responseId the columns that identify a response in its export (with the identity, when
 *     there is one); the report ids are made from them
 * @param identity who responded, or empty for an anonymous questionnaire
 * @param drops responses left out and counted, in order (a row gets the first reason)
 * @param neverRead columns that must never be read (names, addresses, free text); an item bound to
 *     one refuses the profile
 * @param decimalMark the decimal mark of numbers typed as text
 * @param questions every item but the grid, in questionnaire order
 * @param grid the body-region grid
 */
public record Profile(
    String name,
    String source,
    String description,
    int headerRows,
    ResponseDate responseDate,
    List<ColumnRef> responseId,
    Optional<Identity> identity,
    List<DropRule> drops,
    List<ColumnRef> neverRead,
    char decimalMark,
    Map<Item, Question> questions,
    Grid grid) {

  /**
   * A combined questionnaire (one response holds the workstation and the month's discomfort)
   * describes its own month: a month's population is who responded in it, a survey look-back of one
   * month.
   */
  public static final int SURVEY_LOOKBACK_MONTHS = 1;

  public Profile {
    responseId = List.copyOf(responseId);
    drops = List.copyOf(drops);
    neverRead = List.copyOf(neverRead);
    questions = Collections.unmodifiableMap(new EnumMap<>(questions));
  }

  /** The question of an item, if the profile reads it. */
  public Optional<Question> question(Item item) {
    return Optional.ofNullable(questions.get(item));
  }
}
