package org.ergolens.ingest;

import java.io.Serializable;

/**
 * How to find a dataset's canonical columns in one text file.
 *
 * @param file the file
 * @param fieldOfColumn for CSV, the header position of each canonical column (in the dataset's
 *     column order), -1 when the file lacks it; unused for JSON Lines
 * @param fieldCount for CSV, the number of header fields every line must have
 */
public record FileLayout(SourceFile file, int[] fieldOfColumn, int fieldCount)
    implements Serializable {}
