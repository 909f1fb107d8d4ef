package io.github.amivoicetoolkit.cli;

final class Placeholder {
  private Placeholder() {}
}
