/**
 * Helpers the toolkit's modules share (display widths, clock formatting). Not API: public only because
 * Java has no friend packages; they may change in any release.
 */
package io.github.amivoicetoolkit.core.internal;
