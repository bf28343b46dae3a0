package org.ergolens.survey;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ergolens.model.Outcome;

/**
 * A profile bound to one export's header: the column each of its references names. Binding checks
 * the whole profile against the header before any response is read: every reference names exactly
 * one column, no two name the same column, and nothing read is a column the profile says is never
 * read. The first problem refuses the export with one line naming the profile key and the header.
 */
public final class ExportColumns {
  /**
   * One bound reference.
   *
   * @param key the profile key, e.g. {@code items.B2.column}
   * @param index the column's index in the export's rows
   * @param header the column's header as the export writes it (the cell the reference matched)
   */
  public record Bound(String key, int index, String header) {}

  private final Bound date;
  private final List<Bound> responseId;
  private final Optional<Bound> identity;
  private final List<Bound> drops;
  private final Map<Item, Bound> questions;
  private final Map<Outcome, Bound> grid;
  private final int width;

  private ExportColumns(Binder b) {
    this.date = b.date;
    this.responseId = List.copyOf(b.responseId);
    this.identity = Optional.ofNullable(b.identity);
    this.drops = List.copyOf(b.drops);
    this.questions = Collections.unmodifiableMap(new EnumMap<>(b.questions));
    this.grid = Collections.unmodifiableMap(new EnumMap<>(b.grid));
    this.width = b.header.width();
  }

  /**
   * Binds {@code profile} to {@code header}.
   *
   * @throws ProfileException naming the profile key and the export's header
   */
  public static ExportColumns bind(Profile profile, ExportHeader header) {
    return new ExportColumns(new Binder(profile, header).bindAll());
  }

  public Bound date() {
    return date;
  }

  public List<Bound> responseId() {
    return responseId;
  }

  /**
   * The identity column, or empty when the profile has none or the export lacks an optional one.
   */
  public Optional<Bound> identity() {
    return identity;
  }

  /** The drop rules' columns, in the profile's order. */
  public List<Bound> drops() {
    return drops;
  }

  public Optional<Bound> question(Item item) {
    return Optional.ofNullable(questions.get(item));
  }

  /** Each body region's grid column, in the contract's region order. */
  public Map<Outcome, Bound> grid() {
    return grid;
  }

  /** Columns in the export's header. */
  public int width() {
    return width;
  }

  /** Binds references one by one, remembering which key took each column. */
  private static final class Binder {
    private final Profile profile;
    private final ExportHeader header;
    private final Map<Integer, String> taken = new HashMap<>();
    private final Map<Integer, String> neverRead = new LinkedHashMap<>();
    private Bound date;
    private final List<Bound> responseId = new ArrayList<>();
    private Bound identity;
    private final List<Bound> drops = new ArrayList<>();
    private final Map<Item, Bound> questions = new EnumMap<>(Item.class);
    private final Map<Outcome, Bound> grid = new EnumMap<>(Outcome.class);

    Binder(Profile profile, ExportHeader header) {
      this.profile = profile;
      this.header = header;
    }

    Binder bindAll() {
      for (int i = 0; i < profile.neverRead().size(); i++) {
        for (int c : header.matching(profile.neverRead().get(i))) {
          neverRead.putIfAbsent(c, "never_read[" + i + "]");
        }
      }
      date = bind("response_date.column", profile.responseDate().column(), false);
      List<ColumnRef> ids = profile.responseId();
      for (int i = 0; i < ids.size(); i++) {
        responseId.add(bind("response_id[" + i + "]", ids.get(i), true));
      }
      profile
          .identity()
          .ifPresent(
              id -> {
                if (!id.optional() || !header.matching(id.column()).isEmpty()) {
                  identity = bind("identity.column", id.column(), true);
                }
              });
      for (int i = 0; i < profile.drops().size(); i++) {
        drops.add(bind("drop[" + i + "].column", profile.drops().get(i).column(), true));
      }
      profile
          .questions()
          .forEach(
              (item, q) ->
                  questions.put(item, bind("items." + item.id() + ".column", q.column(), false)));
      Grid g = profile.grid();
      g.rows()
          .entries()
          .forEach(
              (label, region) ->
                  grid.put(
                      region,
                      bind(
                          "items.C1.rows." + Texts.quoted(label),
                          g.template().forRow(label),
                          false)));
      return this;
    }

    /**
     * The one column {@code ref} names.
     *
     * @param shared whether another key may name the same column (the response's identifying
     *     columns: an id column may also date the response)
     */
    private Bound bind(String key, ColumnRef ref, boolean shared) {
      List<Integer> found = header.matching(ref);
      if (found.isEmpty()) {
        throw fail(key, ref + " matches no column of");
      }
      if (found.size() > 1) {
        throw fail(
            key,
            ref
                + " matches "
                + found.size()
                + " columns ("
                + String.join(" and ", found.stream().map(c -> "column " + (c + 1)).toList())
                + ") of");
      }
      int c = found.get(0);
      String never = neverRead.get(c);
      if (never != null) {
        throw fail(
            key, ref + " names column " + (c + 1) + ", which " + never + " says is never read, in");
      }
      String earlier = taken.get(c);
      if (earlier != null && !shared) {
        throw fail(key, ref + " names column " + (c + 1) + ", which " + earlier + " reads too, in");
      }
      taken.putIfAbsent(c, key);
      return new Bound(key, c, header.cell(header.matchingRow(ref, c), c));
    }

    private ProfileException fail(String key, String problem) {
      return new ProfileException(
          "Cannot use profile "
              + profile.source()
              + ": "
              + key
              + " "
              + problem
              + " the header of "
              + header.file()
              + " ("
              + header.describe(preferredRow())
              + ").");
    }

    /** The header row that most of the profile's questions are found in: the one to show. */
    private int preferredRow() {
      int[] hits = new int[header.rows().size()];
      for (Question q : profile.questions().values()) {
        for (int c : header.matching(q.column())) {
          hits[header.matchingRow(q.column(), c)]++;
        }
      }
      int best = 0;
      for (int r = 1; r < hits.length; r++) {
        if (hits[r] > hits[best]) {
          best = r;
        }
      }
      return best;
    }
  }
}
