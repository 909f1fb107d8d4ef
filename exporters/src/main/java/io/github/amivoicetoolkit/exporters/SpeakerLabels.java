package io.github.amivoicetoolkit.exporters;

import io.github.amivoicetoolkit.analytics.SpeakerNames;
import java.util.List;

/** Display names of a transcript's speaker ids, renamed once per export rather than once per row. */
final class SpeakerLabels {
  private SpeakerLabels() {}

  static String[] of(List<String> speakers, SpeakerNames names) {
    String[] display = new String[speakers.size()];
    for (int id = 0; id < display.length; id++) {
      display[id] = names.nameOf(speakers.get(id));
    }
    return display;
  }
}
