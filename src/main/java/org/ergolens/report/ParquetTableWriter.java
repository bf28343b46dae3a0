package org.ergolens.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Writes a small {@link Table} as one Parquet file in a directory, through Spark. */
public final class ParquetTableWriter {
  private ParquetTableWriter() {}

  public static StructType schema(Table table) {
    List<StructField> fields = new ArrayList<>();
    for (Table.Column c : table.columns()) {
      fields.add(DataTypes.createStructField(c.name(), sparkType(c.type()), true));
    }
    return DataTypes.createStructType(fields);
  }

  public static void write(SparkSession spark, Table table, String directory) {
    List<Row> rows = new ArrayList<>(table.rows().size());
    for (List<Object> r : table.rows()) {
      rows.add(RowFactory.create(r.toArray()));
    }
    spark
        .createDataFrame(rows, schema(table))
        .coalesce(1)
        .write()
        .mode(SaveMode.ErrorIfExists)
        .parquet(directory);
  }

  private static DataType sparkType(Table.Type t) {
    return switch (t) {
      case STRING -> DataTypes.StringType;
      case LONG -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
    };
  }
}
