package io.github.amivoicetoolkit.analytics;

final class Placeholder {
  private Placeholder() {}
}
