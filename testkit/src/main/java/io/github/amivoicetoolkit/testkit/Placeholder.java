package io.github.amivoicetoolkit.testkit;

final class Placeholder {
  private Placeholder() {}
}
