/**
 * The data source's implementation: not API, may change without notice. {@link
 * io.github.amivoicetoolkit.spark.internal.Layout} holds every table's columns.
 */
package io.github.amivoicetoolkit.spark.internal;
