package org.ergolens.survey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.PatternSyntaxException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.ergolens.ingest.ColumnSpec;
import org.ergolens.ingest.ValueType;
import org.ergolens.model.Outcome;

/**
 * Loads an import profile from its JSON and checks it whole before any export is opened: every key
 * known, every value of the right type, every label table able to give every value its contract
 * column can take. The first problem refuses the profile with one line naming the key.
 *
 * <p>A profile is named by a shipped profile's name ({@link #SHIPPED}) or by a file (a local path
 * or any Hadoop URI).
 */
public final class ProfileReader {
  /** The profiles shipped with ErgoLens, for the standard questionnaire. */
  public static final List<String> SHIPPED =
      List.of("microsoft-forms", "google-forms", "qualtrics");

  /** The only population rule of a combined questionnaire (see {@link Profile}). */
  public static final String POPULATION = "respondents_in_month";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String RESOURCES = "/org/ergolens/survey/profiles/";

  private static final Set<String> TOP_KEYS =
      Set.of(
          "profile",
          "description",
          "header_rows",
          "population",
          "response_date",
          "response_id",
          "identity",
          "drop",
          "never_read",
          "decimal_mark",
          "items");
  private static final Set<String> DATE_KEYS = Set.of("column", "formats", "locale");
  private static final Set<String> IDENTITY_KEYS =
      Set.of("column", "optional", "anonymous", "ignore_case");
  private static final Set<String> DROP_KEYS = Set.of("column", "keep", "reason");
  private static final Set<String> QUESTION_KEYS = Set.of("column", "required", "labels", "number");
  private static final Set<String> DEPARTMENT_KEYS = Set.of("column");
  private static final Set<String> GRID_KEYS = Set.of("column", "required", "rows", "labels");
  private static final Set<String> PATTERN_KEYS = Set.of("pattern");

  private final String source;

  private ProfileReader(String source) {
    this.source = source;
  }

  /**
   * The profile named {@code nameOrFile}: a shipped profile, or the profile file at that path.
   *
   * @throws ProfileException when there is no such profile or it is not valid
   */
  public static Profile load(String nameOrFile, Configuration hadoopConf) {
    if (SHIPPED.contains(nameOrFile)) {
      return shipped(nameOrFile);
    }
    String json;
    try {
      Path path = new Path(nameOrFile);
      try (InputStream in = path.getFileSystem(hadoopConf).open(path)) {
        json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (FileNotFoundException e) {
      throw new ProfileException(
          "Cannot use profile "
              + nameOrFile
              + ": there is no such file, and the shipped profiles are "
              + String.join(", ", SHIPPED)
              + ".");
    } catch (IOException | IllegalArgumentException e) {
      throw new ProfileException(
          "Cannot use profile " + nameOrFile + ": the file cannot be read (" + e + ").");
    }
    return parse(json, nameOrFile);
  }

  /** A shipped profile by name. */
  public static Profile shipped(String name) {
    if (!SHIPPED.contains(name)) {
      throw new ProfileException(
          "Cannot use profile " + name + ": the shipped profiles are " + SHIPPED + ".");
    }
    try (InputStream in = ProfileReader.class.getResourceAsStream(RESOURCES + name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("The shipped profile " + name + " is missing");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the shipped profile " + name, e);
    }
  }

  /**
   * A profile from its JSON text.
   *
   * @param source where the text came from, for messages
   */
  public static Profile parse(String json, String source) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ProfileException(
          "Cannot use profile "
              + source
              + ": it is not valid JSON ("
              + org.ergolens.Errors.oneLine(e.getOriginalMessage())
              + " at line "
              + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
              + ").");
    }
    return new ProfileReader(source).profile(root);
  }

  private Profile profile(JsonNode root) {
    ObjectNode top = object(root, "", TOP_KEYS);
    String name = text(required(top, "profile"), "profile");
    String population = text(required(top, "population"), "population");
    if (!population.equals(POPULATION)) {
      throw fail(
          "population",
          "is "
              + Texts.quoted(population)
              + "; a combined questionnaire's population is "
              + Texts.quoted(POPULATION)
              + " (who responded in the month)");
    }
    int headerRows = top.has("header_rows") ? integer(top.get("header_rows"), "header_rows") : 1;
    if (headerRows < 1 || headerRows > 10) {
      throw fail("header_rows", "is " + headerRows + "; use 1 to 10");
    }
    char decimalMark = decimalMark(top.get("decimal_mark"));
    List<ColumnRef> responseId = columnList(required(top, "response_id"), "response_id");
    if (responseId.isEmpty()) {
      throw fail("response_id", "is empty; name the columns that identify a response");
    }
    return new Profile(
        name,
        source,
        top.has("description") ? text(top.get("description"), "description") : "",
        headerRows,
        responseDate(required(top, "response_date")),
        responseId,
        top.has("identity") ? Optional.of(identity(top.get("identity"))) : Optional.empty(),
        drops(top.get("drop")),
        top.has("never_read") ? columnList(top.get("never_read"), "never_read") : List.of(),
        decimalMark,
        questions(top),
        grid(required(object(required(top, "items"), "items", null), "items.C1"), "items.C1"));
  }

  private ResponseDate responseDate(JsonNode node) {
    ObjectNode o = object(node, "response_date", DATE_KEYS);
    Locale locale =
        o.has("locale")
            ? Locale.forLanguageTag(text(o.get("locale"), "response_date.locale"))
            : Locale.ENGLISH;
    List<String> patterns = new ArrayList<>();
    List<DateTimeFormatter> formats = new ArrayList<>();
    JsonNode list = required(o, "response_date.formats");
    if (!list.isArray() || list.isEmpty()) {
      throw fail("response_date.formats", "must be a list of date formats, at least one");
    }
    for (int i = 0; i < list.size(); i++) {
      String key = "response_date.formats[" + i + "]";
      String p = text(list.get(i), key);
      try {
        formats.add(
            new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(p)
                .parseDefaulting(ChronoField.ERA, 1)
                .toFormatter(locale)
                .withChronology(IsoChronology.INSTANCE)
                .withResolverStyle(ResolverStyle.STRICT));
      } catch (IllegalArgumentException e) {
        throw fail(key, Texts.quoted(p) + " is not a date format (" + e.getMessage() + ")");
      }
      patterns.add(p);
    }
    return new ResponseDate(
        column(required(o, "response_date.column"), "response_date.column"), patterns, formats);
  }

  private Identity identity(JsonNode node) {
    ObjectNode o = object(node, "identity", IDENTITY_KEYS);
    Set<String> anonymous = new LinkedHashSet<>();
    if (o.has("anonymous")) {
      JsonNode list = o.get("anonymous");
      if (!list.isArray()) {
        throw fail("identity.anonymous", "must be a list of values");
      }
      for (int i = 0; i < list.size(); i++) {
        anonymous.add(text(list.get(i), "identity.anonymous[" + i + "]"));
      }
    }
    return new Identity(
        column(required(o, "identity.column"), "identity.column"),
        o.has("optional") && bool(o.get("optional"), "identity.optional"),
        anonymous,
        o.has("ignore_case") && bool(o.get("ignore_case"), "identity.ignore_case"));
  }

  private List<DropRule> drops(JsonNode node) {
    if (node == null) {
      return List.of();
    }
    if (!node.isArray()) {
      throw fail("drop", "must be a list of rules");
    }
    List<DropRule> rules = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String key = "drop[" + i + "]";
      ObjectNode o = object(node.get(i), key, DROP_KEYS);
      String reason = text(required(o, key + ".reason"), key + ".reason");
      if (!reason.matches("[a-z][a-z0-9_]{0,39}")) {
        throw fail(key + ".reason", "is " + Texts.quoted(reason) + "; use a word like preview");
      }
      JsonNode keep = required(o, key + ".keep");
      if (!keep.isArray() || keep.isEmpty()) {
        throw fail(key + ".keep", "must be a non-empty list of the values to keep");
      }
      Set<String> values = new LinkedHashSet<>();
      for (int k = 0; k < keep.size(); k++) {
        values.add(text(keep.get(k), key + ".keep[" + k + "]"));
      }
      rules.add(
          new DropRule(column(required(o, key + ".column"), key + ".column"), values, reason));
    }
    return rules;
  }

  private Map<Item, Question> questions(ObjectNode top) {
    ObjectNode items = object(required(top, "items"), "items", null);
    Map<Item, Question> out = new EnumMap<>(Item.class);
    List<String> known = new ArrayList<>();
    for (Item i : Item.values()) {
      known.add(i.id());
    }
    items
        .fieldNames()
        .forEachRemaining(
            id -> {
              if (Item.byId(id) == null) {
                throw fail(
                    "items." + id,
                    "is not a questionnaire item; the items are " + String.join(", ", known));
              }
            });
    for (Item item : Item.values()) {
      if (item == Item.C1) {
        continue;
      }
      JsonNode node = items.get(item.id());
      if (node == null) {
        if (item.requiredByContract()) {
          throw fail(
              "items." + item.id(),
              "is missing; every profile reads it (" + item.column() + " is required)");
        }
        continue;
      }
      out.put(item, item == Item.A2 ? department(node) : question(item, node));
    }
    return out;
  }

  private Question department(JsonNode node) {
    ObjectNode o = object(node, "items.A2", DEPARTMENT_KEYS);
    return new Question(
        Item.A2, column(required(o, "items.A2.column"), "items.A2.column"), true, null, false);
  }

  private Question question(Item item, JsonNode node) {
    String key = "items." + item.id();
    ObjectNode o = object(node, key, QUESTION_KEYS);
    boolean required = required(item, o, key);
    boolean numbers = o.has("number") && bool(o.get("number"), key + ".number");
    ColumnSpec contract = item.contract();
    if (numbers && contract.type() != ValueType.DECIMAL && contract.type() != ValueType.INTEGER) {
      throw fail(key + ".number", "is true, but " + item.column() + " is not a number");
    }
    LabelTable<Object> labels = null;
    if (o.has("labels")) {
      labels = labels(o.get("labels"), key + ".labels", v -> contractValue(v, item, key));
      checkReachable(labels, item, key + ".labels");
    } else if (!numbers) {
      throw fail(key, "has neither labels nor \"number\": true; give the answer labels");
    }
    return new Question(
        item, column(required(o, key + ".column"), key + ".column"), required, labels, numbers);
  }

  private boolean required(Item item, ObjectNode o, String key) {
    if (!o.has("required")) {
      return item.requiredByDefault();
    }
    boolean required = bool(o.get("required"), key + ".required");
    if (!required && item.requiredByContract()) {
      throw fail(
          key + ".required",
          "is false, but " + item.column() + " is required by the data contract");
    }
    return required;
  }

  private Grid grid(JsonNode node, String key) {
    ObjectNode o = object(node, key, GRID_KEYS);
    ColumnRef template = column(required(o, key + ".column"), key + ".column");
    if (!template.isTemplate()) {
      throw fail(
          key + ".column",
          "has no " + ColumnRef.ROW + "; write where the row's label stands, e.g. \"… [{row}]\"");
    }
    LabelTable<Outcome> rows =
        labels(required(o, key + ".rows"), key + ".rows", v -> region(v, key + ".rows"));
    for (Outcome region : Outcome.regions()) {
      if (rows.values().stream().filter(region::equals).count() > 1) {
        throw fail(
            key + ".rows", "gives body_region '" + region.id() + "' two row labels; keep one");
      }
      if (!rows.values().contains(region)) {
        throw fail(
            key + ".rows",
            "leaves body_region '" + region.id() + "' unreachable; add its row label");
      }
    }
    LabelTable<Integer> severities =
        labels(required(o, key + ".labels"), key + ".labels", v -> severity(v, key + ".labels"));
    if (!severities.values().contains(Grid.NO_REPORT)) {
      throw fail(key + ".labels", "has no label for no discomfort (severity 0, e.g. \"None\": 0)");
    }
    if (severities.values().stream().noneMatch(s -> s > Grid.NO_REPORT)) {
      throw fail(key + ".labels", "has no label with a severity from 1 to 10");
    }
    boolean required = !o.has("required") || bool(o.get("required"), key + ".required");
    return new Grid(template, rows, severities, required);
  }

  /** Turns one label table's JSON value into the contract value, or says why it cannot be. */
  @FunctionalInterface
  private interface ValueOf<V> {
    V of(JsonLabel label);
  }

  /** One entry of a label table as written. */
  private record JsonLabel(String label, JsonNode value, String key) {}

  private <V> LabelTable<V> labels(JsonNode node, String key, ValueOf<V> valueOf) {
    ObjectNode o = object(node, key, null);
    if (o.isEmpty()) {
      throw fail(key, "is empty");
    }
    Map<String, V> table = new LinkedHashMap<>();
    o.fields()
        .forEachRemaining(
            e ->
                table.put(
                    e.getKey(),
                    valueOf.of(
                        new JsonLabel(
                            e.getKey(), e.getValue(), key + "." + Texts.quoted(e.getKey())))));
    try {
      return LabelTable.of(table);
    } catch (IllegalArgumentException e) {
      throw fail(key, e.getMessage());
    }
  }

  private Object contractValue(JsonLabel l, Item item, String itemKey) {
    ColumnSpec contract = item.contract();
    switch (contract.type()) {
      case ENUM -> {
        String v = l.value().isTextual() ? l.value().asText() : null;
        if (v == null || !contract.values().contains(v)) {
          throw fail(
              l.key(),
              "maps to "
                  + l.value()
                  + ", which is not a "
                  + item.column()
                  + " value; use one of "
                  + String.join(", ", contract.values()));
        }
        return v;
      }
      case BOOLEAN -> {
        if (!l.value().isBoolean()) {
          throw fail(l.key(), "maps to " + l.value() + "; use true or false");
        }
        return l.value().booleanValue();
      }
      case DECIMAL, INTEGER -> {
        if (!l.value().isNumber()) {
          throw fail(l.key(), "maps to " + l.value() + "; use a number");
        }
        BigDecimal n = l.value().decimalValue();
        if (contract.type() == ValueType.INTEGER && n.stripTrailingZeros().scale() > 0) {
          throw fail(l.key(), "maps to " + n + "; " + item.column() + " takes whole numbers");
        }
        if (!Question.inRange(n, contract)) {
          throw fail(
              l.key(),
              "maps to " + n + ", outside " + item.column() + "'s range " + range(contract));
        }
        return Question.typed(n, contract);
      }
      default -> throw new IllegalStateException("No labels for " + itemKey);
    }
  }

  private static String range(ColumnSpec c) {
    return fmt(c.min()) + " to " + (c.max() == null ? "any" : fmt(c.max()));
  }

  private static String fmt(Double d) {
    return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
  }

  private void checkReachable(LabelTable<Object> labels, Item item, String key) {
    ColumnSpec contract = item.contract();
    List<Object> wanted =
        switch (contract.type()) {
          case ENUM -> new ArrayList<>(contract.values());
          case BOOLEAN -> List.of(true, false);
          default -> List.of();
        };
    for (Object v : wanted) {
      if (!labels.values().contains(v)) {
        throw fail(
            key,
            "leaves " + item.column() + " '" + v + "' unreachable; add the label that means it");
      }
    }
  }

  private Outcome region(JsonLabel l, String key) {
    String id = l.value().isTextual() ? l.value().asText() : "";
    for (Outcome r : Outcome.regions()) {
      if (r.id().equals(id)) {
        return r;
      }
    }
    throw fail(
        l.key(),
        "maps to "
            + l.value()
            + ", which is not a body_region; use one of "
            + String.join(", ", Outcome.regions().stream().map(Outcome::id).toList()));
  }

  private Integer severity(JsonLabel l, String key) {
    if (!l.value().canConvertToExactIntegral()
        || l.value().intValue() < 0
        || l.value().intValue() > 10) {
      throw fail(
          l.key(),
          "maps to " + l.value() + "; use a severity from 1 to 10, or 0 for no discomfort");
    }
    return l.value().intValue();
  }

  private char decimalMark(JsonNode node) {
    if (node == null) {
      return '.';
    }
    String mark = text(node, "decimal_mark");
    if (!mark.equals(".") && !mark.equals(",")) {
      throw fail("decimal_mark", "is " + Texts.quoted(mark) + "; use \".\" or \",\"");
    }
    return mark.charAt(0);
  }

  private List<ColumnRef> columnList(JsonNode node, String key) {
    if (!node.isArray()) {
      throw fail(key, "must be a list of columns");
    }
    List<ColumnRef> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      out.add(column(node.get(i), key + "[" + i + "]"));
    }
    return out;
  }

  private ColumnRef column(JsonNode node, String key) {
    if (node.isTextual()) {
      if (node.asText().isBlank()) {
        throw fail(key, "is empty; give the column's header");
      }
      return ColumnRef.header(node.asText());
    }
    ObjectNode o = object(node, key, PATTERN_KEYS);
    String regex = text(required(o, key + ".pattern"), key + ".pattern");
    try {
      return ColumnRef.pattern(regex);
    } catch (PatternSyntaxException e) {
      throw fail(key + ".pattern", "is not a regular expression (" + e.getDescription() + ")");
    }
  }

  private ObjectNode object(JsonNode node, String key, Set<String> allowed) {
    if (!(node instanceof ObjectNode o)) {
      throw fail(key.isEmpty() ? "the file" : key, "must be a JSON object");
    }
    if (allowed != null) {
      Set<String> unknown = new HashSet<>();
      o.fieldNames()
          .forEachRemaining(
              f -> {
                if (!allowed.contains(f)) {
                  unknown.add(f);
                }
              });
      if (!unknown.isEmpty()) {
        String first = new TreeSet<>(unknown).first();
        throw fail(
            (key.isEmpty() ? "" : key + ".") + first,
            "is not a known key; known keys here are " + String.join(", ", new TreeSet<>(allowed)));
      }
    }
    return o;
  }

  /** The value at {@code key} (a path such as {@code response_date.formats}) in its object. */
  private JsonNode required(ObjectNode o, String key) {
    JsonNode v = o.get(key.substring(key.lastIndexOf('.') + 1));
    if (v == null || v.isNull()) {
      throw fail(key, "is missing");
    }
    return v;
  }

  private String text(JsonNode node, String key) {
    if (!node.isTextual()) {
      throw fail(key, "must be text");
    }
    return node.asText();
  }

  private int integer(JsonNode node, String key) {
    if (!node.canConvertToExactIntegral()) {
      throw fail(key, "must be a whole number");
    }
    return node.intValue();
  }

  private boolean bool(JsonNode node, String key) {
    if (!node.isBoolean()) {
      throw fail(key, "must be true or false");
    }
    return node.booleanValue();
  }

  private ProfileException fail(String key, String problem) {
    return new ProfileException("Cannot use profile " + source + ": " + key + " " + problem + ".");
  }
}
