package org.ergolens.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.ergolens.report.Table.Type;

/**
 * The columns of an output table, each declared once with its name, its type and the accessor that
 * fills it from a row: a table is then one spec applied to a list of rows, and no list of names can
 * drift apart from a list of values.
 *
 * <pre>{@code
 * TableSpec<Recommendation> spec =
 *     TableSpec.<Recommendation>builder("recommendations")
 *         .text("department", Recommendation::department)
 *         .count("rank", r -> (long) r.rank())
 *         .build();
 * Table table = spec.table(recommendations);
 * }</pre>
 *
 * @param <R> the type of the rows
 */
public final class TableSpec<R> {
  /** One column and the accessor that fills it. */
  private record Field<R>(Table.Column column, Function<? super R, ?> value) {}

  private final String name;
  private final List<Field<R>> fields;

  private TableSpec(String name, List<Field<R>> fields) {
    this.name = name;
    this.fields = List.copyOf(fields);
  }

  /** A spec for the table of this name, columns added in output order. */
  public static <R> Builder<R> builder(String name) {
    return new Builder<>(name);
  }

  /** The table's name: its directory and file names. */
  public String name() {
    return name;
  }

  /** The columns, in output order. */
  public List<Table.Column> columns() {
    return fields.stream().map(Field::column).toList();
  }

  /** The table of these rows, in their order. */
  public Table table(List<? extends R> rows) {
    List<List<Object>> values = new ArrayList<>(rows.size());
    for (R row : rows) {
      List<Object> v = new ArrayList<>(fields.size());
      for (Field<R> f : fields) {
        v.add(f.value().apply(row));
      }
      values.add(v);
    }
    return new Table(name, columns(), values);
  }

  /** Adds columns; each type has its own method, so a value of the wrong type does not compile. */
  public static final class Builder<R> {
    private final String name;
    private final List<Field<R>> fields = new ArrayList<>();

    private Builder(String name) {
      this.name = Objects.requireNonNull(name);
    }

    public Builder<R> text(String column, Function<? super R, String> value) {
      return add(column, Type.STRING, value);
    }

    public Builder<R> count(String column, Function<? super R, Long> value) {
      return add(column, Type.LONG, value);
    }

    public Builder<R> number(String column, Function<? super R, Double> value) {
      return add(column, Type.DOUBLE, value);
    }

    public Builder<R> flag(String column, Function<? super R, Boolean> value) {
      return add(column, Type.BOOLEAN, value);
    }

    private Builder<R> add(String column, Type type, Function<? super R, ?> value) {
      if (fields.stream().anyMatch(f -> f.column().name().equals(column))) {
        throw new IllegalArgumentException("Column " + column + " twice in " + name);
      }
      fields.add(new Field<>(new Table.Column(column, type), Objects.requireNonNull(value)));
      return this;
    }

    public TableSpec<R> build() {
      return new TableSpec<>(name, fields);
    }
  }
}
