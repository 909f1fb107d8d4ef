package io.github.amivoicetoolkit.exporters.subtitle;

import io.github.amivoicetoolkit.core.SpeakerNames;
import java.util.List;

/**
 * The name subtitles and the text transcript show for each speaker id: {@link SpeakerNames#display}, so
 * the unlabelled speaker reads {@value SpeakerNames#UNLABELLED} as in every table, except in a transcript
 * without diarization (its only speaker is the unlabelled one), which shows no names at all.
 */
final class ShownSpeakers {
  private ShownSpeakers() {}

  /** Display name per speaker id, or null where no name is shown. */
  static String[] of(List<String> speakers) {
    String[] shown = new String[speakers.size()];
    if (speakers.size() == 1 && speakers.get(0).isEmpty()) {
      return shown;
    }
    for (int s = 0; s < shown.length; s++) {
      shown[s] = SpeakerNames.display(speakers.get(s));
    }
    return shown;
  }
}
