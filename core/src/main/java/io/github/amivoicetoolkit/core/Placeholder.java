package io.github.amivoicetoolkit.core;

final class Placeholder {
  private Placeholder() {}
}
