package io.github.amivoicetoolkit.exporters.table;

import io.github.amivoicetoolkit.core.SpeakerNames;
import java.util.List;

/** How each of a transcript's speaker ids is shown in a table, worked out once per export rather than per row. */
final class SpeakerLabels {
  private SpeakerLabels() {}

  static String[] of(List<String> speakers) {
    String[] display = new String[speakers.size()];
    for (int id = 0; id < display.length; id++) {
      display[id] = SpeakerNames.display(speakers.get(id));
    }
    return display;
  }
}
