package io.github.amivoicetoolkit.exporters;

final class Placeholder {
  private Placeholder() {}
}
