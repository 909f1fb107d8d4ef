package io.github.amivoicetoolkit.exporters;

import io.github.amivoicetoolkit.core.Samples;
import io.github.amivoicetoolkit.core.SpeakerNames;
import io.github.amivoicetoolkit.core.Transcript;
import io.github.amivoicetoolkit.exporters.subtitle.SubtitleOptions;
import io.github.amivoicetoolkit.exporters.subtitle.SubtitleProfile;
import io.github.amivoicetoolkit.testkit.ResultJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The inputs and option sets every invariant is checked over. */
public final class Transcripts {
  private Transcripts() {}

  /** Every shared sample, read. */
  public static Map<String, Transcript> samples() {
    Map<String, Transcript> all = new LinkedHashMap<>();
    for (String name : Samples.names()) {
      all.put(name, Samples.read(name));
    }
    return all;
  }

  /**
   * A result document to build, with the job fields the subtitle tests print: session {@code 0123abcd},
   * content {@code synthetic.wav} and an empty document text.
   */
  public static ResultJson result() {
    return ResultJson.result().sessionId("0123abcd").contentId("synthetic.wav").text("");
  }

  /** Synthetic results in Japanese and English with every edge case of the issue. */
  public static Map<String, Transcript> synthetic() {
    Map<String, Transcript> all = new LinkedHashMap<>();
    all.put("ja-dialogue", japaneseDialogue().read("ja-dialogue"));
    all.put("ja-dialogue-awkward-names", japaneseDialogue().read("ja-dialogue").withSpeakerNames(AWKWARD_NAMES));
    all.put("ja-dialogue-long-names", japaneseDialogue().read("ja-dialogue").withSpeakerNames(LONG_NAMES));
    all.put("ja-dialogue-one-name", japaneseDialogue().read("ja-dialogue")
        .withSpeakerNames(SpeakerNames.parse("speaker0=A,speaker1=A")));
    all.put("ja-untimed-punctuation", result()
        .word("今日", 1000, 1300, "speaker0").word("は", 1300, 1400, "speaker0")
        .punct("、", -1, -1, "speaker0").word("晴れ", 1500, 1900, "speaker0").punct("。", -1, -1, "speaker0")
        .utterance()
        .punct("「", -1, -1, "speaker1").word("はい", 5200, 5600, "speaker1").punct("」", -1, -1, "speaker1")
        .utterance(5000, 6000, 0.9, "")
        .punct("？", -1, -1, "speaker1")
        .utterance(9000, 9500, 0.9, "")
        .punct("！", -1, -1, null)
        .read("ja-untimed-punctuation"));
    all.put("en-untimed-punctuation", englishMonologue().read("en-untimed-punctuation"));
    all.put("missing-labels", result()
        .utterance().word("Hello", 0, 400, null).word("there", 400, 800, "speaker0").punct(",", -1, -1, null)
        .word("friend", 900, 1300, null).punct(".", -1, -1, null)
        .utterance().word("No", 2000, 2300, null).word("labels", 2300, 2800, null).word("here", 2800, 3100, null)
        .utterance().word("Then", 4000, 4300, "speaker1").word("me", 4300, 4500, null)
        .read("missing-labels"));
    all.put("overlapping-speakers", result()
        .utterance().sentence("I think we should look at the numbers again before we decide anything at all.",
            1000, 350, "speaker0")
        .utterance().sentence("Right.", 2000, 300, "speaker1")
        .utterance().sentence("Yes.", 2100, 200, "speaker2")
        .utterance().sentence("Back in time.", 500, 300, "speaker1")
        .utterance().word("そう", 30000, 30100, "speaker0").word("ですね", 30050, 30300, "speaker1")
        .read("overlapping-speakers"));
    all.put("wide-tokens", result()
        .utterance().word("アイウエオカキクケコサシスセソタチツテトナニヌネノ", 0, 5000, "speaker0")
        .punct("。", 5000, 5100, "speaker0")
        .utterance().word("see", 6000, 6200, "speaker1")
        .word("https://example.com/a/very/long/path/that/does/not/fit/on/one/line/at/all/even/in/english", 6200,
            9000, "speaker1")
        .word("😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀", 9000, 9300, "speaker1")
        .word("ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓ", 9300, 9400, "speaker1")
        .word("長", 9400, 19400, "speaker1")
        .read("wide-tokens"));
    all.put("markup-and-symbols", result()
        .utterance().word("AT&T", 0, 300, "speaker0").word("<b>", 300, 600, "speaker0")
        .word("bold", 600, 900, "speaker0").word("</b>", 900, 1000, "speaker0").word("-->", 1000, 1200, "speaker0")
        .word("{\\an8}", 1200, 1300, "speaker0").word("&amp;", 1300, 1400, "speaker0")
        .word("a\nb", 1400, 1500, "speaker0").word("😀👍🏽", 1500, 1800, "speaker0")
        .word("ｶﾀｶﾅ", 1800, 2000, "speaker0").word("カタカナ", 2000, 2200, "speaker0")
        .word("--", 2200, 2300, "speaker0").punct(">", 2300, 2400, "speaker0").word("&lt;", 2400, 2500, "speaker0")
        .word("  ", 2500, 2600, "speaker0").word("\"quoted\"", 2600, 2700, "speaker0")
        .read("markup-and-symbols"));
    all.put("past-99-hours", result()
        .utterance().word("まだ", 359_999_000, 359_999_600, "speaker0").word("続く", 359_999_600, 360_000_400,
            "speaker0").punct("。", 360_000_400, 360_000_500, "speaker0")
        .utterance().sentence("One hundred hours and counting.", 400_000_000, 300, "speaker1")
        .read("past-99-hours"));
    all.put("untimed-everything", result()
        .utterance().word("no", -1, -1, null).word("times", -1, -1, null)
        .utterance().word("zero", 100, 100, null).word("length", 200, -1, null).word("tokens", -1, 300, null)
        .utterance().filler("えーと", -1, -1, null).word("end", -1, -1, null)
        .read("untimed-everything"));
    all.put("fillers", result()
        .utterance().filler("えーと", 0, 400, "speaker0").word("そうですね", 400, 1200, "speaker0")
        .filler("あのー", 1300, 1800, "speaker0").punct("。", 1800, 1900, "speaker0")
        .utterance().filler("um", 3000, 3300, "speaker1").word("well", 3300, 3600, "speaker1")
        .read("fillers"));
    all.put("empty", result().read("empty"));
    return all;
  }

  public static ResultJson japaneseDialogue() {
    ResultJson json = result().contentId("会議 --> 録音 & <test>");
    String[] words = {"本日", "は", "お", "忙しい", "ところ", "お", "集まり", "いただき", "、", "ありがとう", "ござい", "ます", "。",
        "それ", "では", "、", "早速", "です", "が", "議題", "に", "入り", "たい", "と", "思い", "ます", "。"};
    int t = 1000;
    json.utterance();
    for (String w : words) {
      if (w.equals("、") || w.equals("。")) {
        json.punct(w, t, t + 100, "speaker0");
        t += 100;
      } else {
        json.word(w, t, t + 120 * w.length(), "speaker0");
        t += 120 * w.length() + 20;
      }
    }
    json.utterance().word("はい", t + 300, t + 700, "speaker1").punct("。", t + 700, t + 800, "speaker1");
    t += 3000;
    json.utterance().word("よろしく", t, t + 600, "speaker0").word("お願い", t + 600, t + 1000, "speaker0")
        .word("し", t + 1000, t + 1100, "speaker0").word("ます", t + 1100, t + 1300, "speaker0")
        .punct("。", t + 1300, t + 1400, "speaker0");
    // a pause longer than 1.5 s inside one utterance
    json.word("では", t + 4000, t + 4300, "speaker0").punct("。", t + 4300, t + 4400, "speaker0");
    return json;
  }

  public static ResultJson englishMonologue() {
    return result()
        .utterance().sentence("Good morning, everyone. Thank you for coming today, and welcome to the quarterly"
            + " review of our speech recognition results, which have improved a great deal since last year.", 500,
            280, "speaker0")
        .utterance().sentence("Questions?", 15000, 400, "speaker1");
  }

  /** Awkward speaker names (markup, quotes, a cue arrow, long names), given to the transcript. */
  public static final SpeakerNames AWKWARD_NAMES =
      SpeakerNames.parse("speaker0=山田 & <Co>,speaker1=Dr. \"Smith\" --> B");
  public static final SpeakerNames LONG_NAMES =
      SpeakerNames.parse("speaker0=とても長い名前の話者さん,speaker1=Another Very Long Name");

  /** Option sets covering every profile and option. */
  public static Map<String, SubtitleOptions> options() {
    Map<String, SubtitleOptions> all = new LinkedHashMap<>();
    all.put("defaults", SubtitleOptions.defaults());
    all.put("ja", SubtitleOptions.builder().profile(SubtitleProfile.ja()).build());
    all.put("en", SubtitleOptions.builder().profile(SubtitleProfile.named("en")).build());
    all.put("fillers-words", SubtitleOptions.builder().includeFillers(true).wordTiming(true).build());
    all.put("note-style", SubtitleOptions.builder()
        .noteMetadata(true).speakerColours(true).wordTiming(true).build());
    all.put("narrow-one-line", SubtitleOptions.builder().maxLineWidth(5).maxLines(1).build());
    all.put("en-three-lines-words", SubtitleOptions.builder().profile(SubtitleProfile.en()).maxLines(3)
        .wordTiming(true).includeFillers(true).build());
    all.put("ja-narrow", SubtitleOptions.builder().profile(SubtitleProfile.ja()).maxLineWidth(3).build());
    return all;
  }

  public static List<Object[]> everyInputWithEveryOption() {
    List<Object[]> cases = new ArrayList<>();
    Map<String, Transcript> inputs = new LinkedHashMap<>(samples());
    inputs.putAll(synthetic());
    Map<String, SubtitleOptions> options = options();
    inputs.forEach((inputName, transcript) -> options.forEach((optionName, option) ->
        cases.add(new Object[] {inputName, optionName, transcript, option})));
    return cases;
  }
}
