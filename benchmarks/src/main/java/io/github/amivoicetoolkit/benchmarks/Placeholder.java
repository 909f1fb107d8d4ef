package io.github.amivoicetoolkit.benchmarks;

final class Placeholder {
  private Placeholder() {}
}
