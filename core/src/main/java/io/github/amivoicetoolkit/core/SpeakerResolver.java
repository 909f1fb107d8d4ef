package io.github.amivoicetoolkit.core;

import java.util.Arrays;

/**
 * Gives every token a speaker when its utterance ends, as {@code shared/spec/analytics.md} says: its
 * own {@code label}, else the nearest preceding label in the utterance, else the nearest following
 * one, else the empty speaker {@code ""}. Speakers are numbered in order of first appearance and
 * stored as 16-bit ids, {@link Transcript#NO_SPEAKER} marking a token without a label of its own.
 */
final class SpeakerResolver {
  private final ParseErrors errors;
  private final StringPool labelPool = new StringPool();
  private final CharColumn.Builder labels = new CharColumn.Builder();
  private final CharColumn.Builder speakers = new CharColumn.Builder();
  // label-pool id of each token of the open utterance, -1 for none
  private int[] utteranceLabels = new int[256];
  // label-pool id -> speaker id (-1 until the label is first resolved), speaker id -> label-pool id
  private int[] speakerOfLabel = new int[8];
  private int[] labelOfSpeaker = new int[8];
  private int speakerCount;
  private int emptyLabel = -1;

  SpeakerResolver(ParseErrors errors) {
    this.errors = errors;
    Arrays.fill(speakerOfLabel, -1);
  }

  /** The label id of a non-empty label's characters. */
  int intern(char[] chars, int offset, int length) {
    return labelPool.intern(chars, offset, length);
  }

  /** This resolver's label id of each label of {@code other}, by {@code other}'s label id. */
  int[] internAll(SpeakerResolver other) {
    return labelPool.internAll(other.labelPool);
  }

  /** Records the label id of the open utterance's token {@code index}; -1 for a token without one. */
  void label(int index, int label) {
    if (index == utteranceLabels.length) {
      utteranceLabels = Arrays.copyOf(utteranceLabels, index * 2);
    }
    utteranceLabels[index] = label;
  }

  /** Resolves the {@code count} tokens of the utterance that just ended. */
  void resolveUtterance(int count) throws ResultShapeException {
    int current = -1;
    for (int j = 0; j < count && current < 0; j++) {
      current = utteranceLabels[j];
    }
    for (int j = 0; j < count; j++) {
      int own = utteranceLabels[j];
      if (own >= 0) {
        current = own;
      }
      speakers.add(speakerOf(current >= 0 ? current : emptyLabel()));
      labels.add(own >= 0 ? speakerOf(own) : Transcript.NO_SPEAKER);
    }
  }

  private int emptyLabel() {
    if (emptyLabel < 0) {
      emptyLabel = labelPool.intern("");
    }
    return emptyLabel;
  }

  private int speakerOf(int label) throws ResultShapeException {
    if (label >= speakerOfLabel.length) {
      int old = speakerOfLabel.length;
      speakerOfLabel = Arrays.copyOf(speakerOfLabel, Math.max(old * 2, label + 1));
      Arrays.fill(speakerOfLabel, old, speakerOfLabel.length, -1);
    }
    int speaker = speakerOfLabel[label];
    if (speaker < 0) {
      if (speakerCount == Transcript.NO_SPEAKER) {
        throw errors.shape("more than " + (Transcript.NO_SPEAKER - 1) + " distinct speaker labels");
      }
      speaker = speakerCount++;
      speakerOfLabel[label] = speaker;
      if (speaker == labelOfSpeaker.length) {
        labelOfSpeaker = Arrays.copyOf(labelOfSpeaker, speaker * 2);
      }
      labelOfSpeaker[speaker] = label;
    }
    return speaker;
  }

  /** Each token's own label as a speaker id, or {@link Transcript#NO_SPEAKER}. */
  CharColumn labelColumn() {
    return labels.build();
  }

  /** Each token's resolved speaker id. */
  CharColumn speakerColumn() {
    return speakers.build();
  }

  /** Speaker names by speaker id: their labels, {@code ""} for the unknown speaker. */
  String[] speakerNames() {
    String[] labelStrings = labelPool.freeze();
    String[] names = new String[speakerCount];
    for (int s = 0; s < speakerCount; s++) {
      names[s] = labelStrings[labelOfSpeaker[s]];
    }
    return names;
  }
}
