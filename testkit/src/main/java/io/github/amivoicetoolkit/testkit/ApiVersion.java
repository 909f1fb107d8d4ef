package io.github.amivoicetoolkit.testkit;

/** The two generations of the async API the simulator serves, each under its own path. */
public enum ApiVersion {
  /** {@code /v1/recognitions}: accepts {@code sentimentAnalysis=True} and audio without speech. */
  V1("/v1/recognitions"),
  /** {@code /v2/recognitions}: rejects {@code sentimentAnalysis=True} and audio without speech. */
  V2("/v2/recognitions");

  private final String path;

  ApiVersion(String path) {
    this.path = path;
  }

  /** The path of the recognitions resource, e.g. {@code /v2/recognitions}. */
  public String path() {
    return path;
  }
}
