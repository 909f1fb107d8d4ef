package io.github.amivoicetoolkit.spark.internal;

import io.github.amivoicetoolkit.analytics.AnalyticsOptions;
import io.github.amivoicetoolkit.analytics.TranscriptStats;
import io.github.amivoicetoolkit.analytics.Turns;
import io.github.amivoicetoolkit.analytics.UtteranceSpeakers;
import io.github.amivoicetoolkit.core.Sentiment;
import io.github.amivoicetoolkit.core.Tokens;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.core.Utterances;
import java.util.List;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * One input file while its rows are produced: the transcript (or the read error) and whatever the
 * selected columns need, each computed on first use — a query over tokens never computes turns or
 * figures. Dictionary strings and speaker names are encoded to {@link UTF8String} once per file, and
 * serve string column vectors as dictionaries.
 */
public final class FileData {
  private final UTF8String file;
  private final long size;
  private final Transcript transcript;
  private final String error;
  private final AnalyticsOptions options;
  private TranscriptStats stats;
  private Turns turns;
  private UtteranceSpeakers attribution;
  private UTF8String[] speakerNames;
  private UTF8String[] dictionary;
  private int[] sentimentColumns;
  private int utteranceCursor;
  private Utf8Dictionary fileDictionary;
  private Utf8Dictionary speakerDictionary;
  private Utf8Dictionary tokenDictionary;

  private FileData(String file, long size, Transcript transcript, String error, AnalyticsOptions options) {
    this.file = UTF8String.fromString(file);
    this.size = size;
    this.transcript = transcript;
    this.error = error;
    this.options = options;
  }

  static FileData read(String file, long size, Transcript transcript, AnalyticsOptions options) {
    return new FileData(file, size, transcript, null, options);
  }

  static FileData unreadable(String file, long size, String error) {
    return new FileData(file, size, null, error, null);
  }

  UTF8String file() {
    return file;
  }

  long size() {
    return size;
  }

  boolean readable() {
    return transcript != null;
  }

  /** Null when the file could not be read. */
  Transcript transcript() {
    return transcript;
  }

  /** The reader's message for an unreadable file, else null. */
  String error() {
    return error;
  }

  /** Whether the file is a finished recognition result: only those have figures, as in a batch. */
  boolean completed() {
    return transcript != null && TranscriptStats.isCompletedResult(transcript);
  }

  Tokens tokens() {
    return transcript.tokens();
  }

  Utterances utterances() {
    return transcript.utterances();
  }

  Sentiment sentiment() {
    return transcript.sentiment();
  }

  TranscriptStats stats() {
    if (stats == null) {
      stats = TranscriptStats.of(transcript, options);
    }
    return stats;
  }

  Turns turns() {
    if (turns == null) {
      turns = Turns.of(transcript);
    }
    return turns;
  }

  UtteranceSpeakers attribution() {
    if (attribution == null) {
      attribution = UtteranceSpeakers.of(transcript);
    }
    return attribution;
  }

  /** The name of speaker id {@code id} (after renaming; {@code ""} for the unnamed unlabelled speaker). */
  UTF8String speaker(int id) {
    if (speakerNames == null) {
      List<String> names = transcript.speakers();
      speakerNames = new UTF8String[names.size()];
      for (int s = 0; s < speakerNames.length; s++) {
        speakerNames[s] = UTF8String.fromString(names.get(s));
      }
    }
    return speakerNames[id];
  }

  /** Dictionary string {@code id} of the tokens' written and spoken forms. */
  UTF8String dictionaryString(int id) {
    if (dictionary == null) {
      dictionary = new UTF8String[tokens().dictionarySize()];
    }
    UTF8String value = dictionary[id];
    if (value == null) {
      value = UTF8String.fromString(tokens().dictionaryString(id));
      dictionary[id] = value;
    }
    return value;
  }

  /** The dictionary with one string, {@link #file()}, at id 0. */
  Utf8Dictionary fileDictionary() {
    if (fileDictionary == null) {
      fileDictionary = new Utf8Dictionary(id -> file);
    }
    return fileDictionary;
  }

  /** The dictionary of {@link #speaker(int)}. */
  Utf8Dictionary speakerDictionary() {
    if (speakerDictionary == null) {
      speakerDictionary = new Utf8Dictionary(this::speaker);
    }
    return speakerDictionary;
  }

  /** The dictionary of {@link #dictionaryString(int)}. */
  Utf8Dictionary tokenDictionary() {
    if (tokenDictionary == null) {
      tokenDictionary = new Utf8Dictionary(this::dictionaryString);
    }
    return tokenDictionary;
  }

  /**
   * The utterance holding token {@code i}. Rows come in token order, so a cursor that moves forward
   * replaces the binary search of {@link Tokens#utterance(int)}.
   */
  int utteranceOfToken(int i) {
    Utterances utterances = utterances();
    if (utteranceCursor >= utterances.size() || utterances.firstToken(utteranceCursor) > i) {
      utteranceCursor = tokens().utterance(i);
      return utteranceCursor;
    }
    while (i >= utterances.endToken(utteranceCursor)) {
      utteranceCursor++;
    }
    return utteranceCursor;
  }

  /** For each of {@code names}, the index of that sentiment parameter in this file, or -1. */
  int[] sentimentColumns(List<String> names) {
    if (sentimentColumns == null) {
      sentimentColumns = new int[names.size()];
      for (int p = 0; p < sentimentColumns.length; p++) {
        sentimentColumns[p] = sentiment().parameterIndex(names.get(p));
      }
    }
    return sentimentColumns;
  }
}
