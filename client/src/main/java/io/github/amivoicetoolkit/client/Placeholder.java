package io.github.amivoicetoolkit.client;

final class Placeholder {
  private Placeholder() {}
}
