package io.github.amivoicetoolkit.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Display names for speaker labels ({@code speaker0=山田,speaker1=佐藤}), applied to a transcript with
 * {@link Transcript#withSpeakerNames(SpeakerNames)}: every figure, table and subtitle then reads the
 * renamed speakers, so they can never disagree. Immutable. A label without a mapping keeps its own name;
 * labels renamed to the same name become one speaker.
 *
 * <p>The <b>unlabelled speaker</b> (tokens of an utterance without any {@code label}) is the empty label
 * {@code ""}. Name it with an empty label: {@code speaker0=Agent,=Caller}. Unnamed, it is shown as
 * {@value #UNLABELLED} ({@link #display(String)}) in the terminal, CSV, XLSX, subtitles and text, and as
 * {@code ""} in {@code stats --json}. See {@code docs/figures.md#speaker-names}.
 */
public final class SpeakerNames {
  /** How the unlabelled speaker {@code ""} is shown when it has no name. */
  public static final String UNLABELLED = "(no speaker)";

  private static final SpeakerNames NONE = new SpeakerNames(Map.of());

  private final Map<String, String> names;

  private SpeakerNames(Map<String, String> names) {
    this.names = names;
  }

  /** No renaming. */
  public static SpeakerNames none() {
    return NONE;
  }

  /** From a map of label to display name ({@code ""} is the unlabelled speaker); names must be non-blank. */
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
   * Parses {@code speaker0=山田,speaker1=佐藤}; an empty label ({@code =Caller}) names the unlabelled
   * speaker. Whitespace around labels and names is trimmed.
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
      String name = equals < 0 ? "" : pair.substring(equals + 1).trim();
      if (name.isEmpty()) {
        throw new IllegalArgumentException("expected label=name in speaker names but was '" + pair.trim() + "'");
      }
      String label = pair.substring(0, equals).trim();
      if (map.put(label, name) != null) {
        throw new IllegalArgumentException("speaker label '" + label + "' renamed twice");
      }
    }
    return new SpeakerNames(Collections.unmodifiableMap(map));
  }

  /** How a speaker is shown to people: {@link #UNLABELLED} for {@code ""}, else the speaker itself. */
  public static String display(String speaker) {
    return speaker.isEmpty() ? UNLABELLED : speaker;
  }

  /** The display name of a label: its mapping, or the label itself. */
  public String nameOf(String label) {
    return names.getOrDefault(label, label);
  }

  /** The labels this renaming names that are not among {@code labels}, in the order they were given. */
  public List<String> missingFrom(Collection<String> labels) {
    List<String> missing = new ArrayList<>();
    for (String label : names.keySet()) {
      if (!labels.contains(label)) {
        missing.add(label);
      }
    }
    return missing;
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

  /** {@code label=name} pairs joined by commas, as {@link #parse(String)} reads them. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    names.forEach((label, name) -> {
      if (out.length() > 0) {
        out.append(',');
      }
      out.append(label).append('=').append(name);
    });
    return out.toString();
  }
}
