package io.github.amivoicetoolkit.spark.internal;

import java.io.Serializable;

/** A file to read: its qualified path (the {@code file} column) and its size on storage. */
record InputFile(String path, long size) implements Serializable {}
