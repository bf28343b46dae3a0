package org.ergolens.ingest;

import java.io.Serializable;

/**
 * One file of an input dataset.
 *
 * @param index position in the dataset's file list (files in name order); later files win ties
 * @param path fully qualified Hadoop path
 * @param format how it is read
 * @param size length in bytes
 */
public record SourceFile(int index, String path, InputFormat format, long size)
    implements Serializable {}
