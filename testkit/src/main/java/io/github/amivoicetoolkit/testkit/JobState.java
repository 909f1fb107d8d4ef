package io.github.amivoicetoolkit.testkit;

/** The statuses of a job, in the order the service reports them. */
enum JobState {
  QUEUED("queued"),
  STARTED("started"),
  PROCESSING("processing"),
  COMPLETED("completed"),
  ERROR("error");

  private final String wire;

  JobState(String wire) {
    this.wire = wire;
  }

  String wire() {
    return wire;
  }

  boolean terminal() {
    return this == COMPLETED || this == ERROR;
  }

  /** From {@code processing} on, status bodies carry {@code audio_size} and {@code audio_md5}. */
  boolean reportsAudio() {
    return this != QUEUED && this != STARTED;
  }
}
