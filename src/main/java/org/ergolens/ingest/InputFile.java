package org.ergolens.ingest;

/**
 * One input file as the manifest lists it: the dataset it holds, where it was read from, its
 * format, and its size and SHA-256 as given (the compressed bytes of a compressed file).
 */
public record InputFile(String dataset, String path, String format, long size, String sha256) {}
