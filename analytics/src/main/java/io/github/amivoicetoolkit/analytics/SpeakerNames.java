package io.github.amivoicetoolkit.analytics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Display names for speaker labels ({@code speaker0=山田,speaker1=佐藤}), applied everywhere a
 * speaker is shown: statistics, CSV, XLSX, subtitles. Immutable. A label without a mapping keeps its
 * own name.
 */
public final class SpeakerNames {
  private static final SpeakerNames NONE = new SpeakerNames(Map.of());

  private final Map<String, String> names;

  private SpeakerNames(Map<String, String> names) {
    this.names = names;
  }

  /** No renaming. */
  public static SpeakerNames none() {
    return NONE;
  }

  /** From a map of label to display name; names must be non-blank. */
  public static SpeakerNames of(Map<String, String> labelToName) {
    Map<String, String> copy = new LinkedHashMap<>();
    labelToName.forEach((label, name) -> {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(name, "name of " + label);
      if (name.isBlank()) {
        throw new IllegalArgumentException("blank name for speaker label '" + label + "'");
      }
      if (copy.put(label, name) != null) {
        throw new IllegalArgumentException("speaker label '" + label + "' renamed twice");
      }
    });
    return copy.isEmpty() ? NONE : new SpeakerNames(Collections.unmodifiableMap(copy));
  }

  /**
   * Parses {@code speaker0=山田,speaker1=佐藤}. Whitespace around labels and names is trimmed.
   *
   * @throws IllegalArgumentException naming the malformed pair
   */
  public static SpeakerNames parse(String spec) {
    Objects.requireNonNull(spec, "spec");
    Map<String, String> map = new LinkedHashMap<>();
    if (spec.isBlank()) {
      return NONE;
    }
    for (String pair : spec.split(",")) {
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException("expected label=name in speaker names but was '" + pair.trim() + "'");
      }
      String label = pair.substring(0, equals).trim();
      String name = pair.substring(equals + 1).trim();
      if (label.isEmpty() || name.isEmpty()) {
        throw new IllegalArgumentException("expected label=name in speaker names but was '" + pair.trim() + "'");
      }
      if (map.put(label, name) != null) {
        throw new IllegalArgumentException("speaker label '" + label + "' renamed twice");
      }
    }
    return new SpeakerNames(Collections.unmodifiableMap(map));
  }

  /** The display name of a label: its mapping, or the label itself. */
  public String nameOf(String label) {
    return names.getOrDefault(label, label);
  }

  public Map<String, String> asMap() {
    return names;
  }

  public boolean isEmpty() {
    return names.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SpeakerNames that && names.equals(that.names);
  }

  @Override
  public int hashCode() {
    return names.hashCode();
  }

  @Override
  public String toString() {
    return names.toString();
  }
}
