package org.ergolens.ingest;

import java.io.Serializable;

/**
 * What the first pass over one split of a text file found: enough for the driver to know where
 * every split's first record starts and on which line ({@link SplitChain}).
 *
 * @param path the file ({@link SplitInputFormat#key})
 * @param start the split's first byte
 * @param end the byte after the split; {@link Long#MAX_VALUE} for a file read whole
 * @param lineStarts byte offsets of the split's first lines (those starting at or after {@code
 *     start}, before {@code end}), as many as a record may span and one more
 * @param handovers for each of those lines, where a sequential parse that has a record start there
 *     hands over to the next split: the first record start at or after {@code end}, or {@link
 *     #END_OF_FILE}
 * @param lineCount how many lines start in the split
 * @param badLine the first line holding a byte that is not valid text, counted from the split's
 *     first line (0), or -1
 * @param badByte that byte's value
 * @param readError why the split could not be read, or null
 */
record SplitSummary(
    String path,
    long start,
    long end,
    long[] lineStarts,
    long[] handovers,
    long lineCount,
    long badLine,
    int badByte,
    String readError)
    implements Serializable {
  /** A handover past the last record of the file. */
  static final long END_OF_FILE = -1;
}
