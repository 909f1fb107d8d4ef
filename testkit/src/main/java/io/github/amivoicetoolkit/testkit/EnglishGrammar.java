package io.github.amivoicetoolkit.testkit;

import java.util.SplittableRandom;

/**
 * English utterances of a business conversation: short statements and questions, a few backchannels,
 * punctuation {@code ,} {@code .} {@code ?} as tokens of their own. About 260 distinct words.
 */
final class EnglishGrammar implements Grammar {
  private static final Word COMMA = Word.englishPunctuation(",");
  private static final Word PERIOD = Word.englishPunctuation(".");
  private static final Word QUESTION_MARK = Word.englishPunctuation("?");
  private static final Word THAT = Word.english("that");

  private static final String SUBJECTS = "I we you they";
  private static final String DETERMINERS = "the a this that our your every some their another";

  private static final String NOUNS =
      """
      meeting project report customer team budget schedule data system result question problem plan
      idea product price market design test release server file email call week month year quarter
      deadline issue feature version document contract cost risk update process model user client
      agenda point number time office service quality feedback proposal analysis strategy target goal
      partner website app account invoice order delivery support training survey review draft slide
      chart presentation demo workshop vendor license database dashboard requirement milestone estimate
      interview candidate position manager director department branch region campaign launch
      transcript recording microphone speaker session summary workflow template spreadsheet
      AI API KPI Q3 www2
      """;

  /** Base form and past form, alternating. */
  private static final String VERBS =
      """
      need needed check checked send sent review reviewed finish finished start started discuss discussed
      update updated share shared prepare prepared see saw want wanted make made take took get got have
      had move moved change changed fix fixed build built test tested call called plan planned schedule
      scheduled approve approved expect expected confirm confirmed improve improved use used cancel
      cancelled reduce reduced increase increased deliver delivered present presented
      """;

  private static final String MODALS = "will can should could might";
  private static final String QUESTION_STARTS = "do can should could did will";
  private static final String ADJECTIVES =
      """
      new good big small important final next last current main quick simple different better clear
      early late whole great short detailed updated revised weekly monthly
      """;
  private static final String ADVERBS =
      "really probably actually already still just also maybe definitely basically";
  private static final String OPENERS = "so okay well right yeah now alright actually also honestly";
  private static final String PREPOSITIONS = "for with about in on by from to before after";
  private static final String BE = "is was";
  private static final String TIMES = "today tomorrow yesterday soon later again now";

  /** Short answers; each is a token sequence separated by {@code +}. */
  private static final String[] BACKCHANNELS = {
    "yeah", "okay", "right", "I+see", "sure", "exactly", "thank+you", "sounds+good", "got+it",
    "yes+,+that's+right", "no+problem", "makes+sense"
  };

  private static final String FILLERS = "um uh er hmm";

  /** Built after the vocabulary constants above, which it reads. */
  static final EnglishGrammar INSTANCE = new EnglishGrammar();

  private final Word[] subjects;
  private final Word[] determiners;
  private final Word[] nouns;
  private final Word[] baseVerbs;
  private final Word[] pastVerbs;
  private final Word[] modals;
  private final Word[] questionStarts;
  private final Word[] adjectives;
  private final Word[] adverbs;
  private final Word[] openers;
  private final Word[] prepositions;
  private final Word[] be;
  private final Word[] times;
  private final Word[][] backchannels;
  private final Word[] fillers;

  private EnglishGrammar() {
    subjects = words(SUBJECTS);
    determiners = words(DETERMINERS);
    nouns = words(NOUNS);
    Word[] verbs = words(VERBS);
    baseVerbs = new Word[verbs.length / 2];
    pastVerbs = new Word[verbs.length / 2];
    for (int i = 0; i < baseVerbs.length; i++) {
      baseVerbs[i] = verbs[2 * i];
      pastVerbs[i] = verbs[2 * i + 1];
    }
    modals = words(MODALS);
    questionStarts = words(QUESTION_STARTS);
    adjectives = words(ADJECTIVES);
    adverbs = words(ADVERBS);
    openers = words(OPENERS);
    prepositions = words(PREPOSITIONS);
    be = words(BE);
    times = words(TIMES);
    backchannels = new Word[BACKCHANNELS.length][];
    for (int i = 0; i < BACKCHANNELS.length; i++) {
      String[] tokens = BACKCHANNELS[i].split("\\+");
      backchannels[i] = new Word[tokens.length];
      for (int t = 0; t < tokens.length; t++) {
        backchannels[i][t] = tokens[t].equals(",") ? COMMA : Word.english(tokens[t]);
      }
    }
    fillers = Grammar.words(FILLERS, Word::englishFiller);
  }

  @Override
  public boolean spaced() {
    return true;
  }

  @Override
  public void utterance(SplittableRandom random, boolean withFillers, WordSequence out) {
    boolean sentenceStart = true;
    if (withFillers && random.nextInt(4) == 0) {
      out.add(Grammar.pick(random, fillers));
    }
    if (random.nextInt(5) == 0) {
      Word[] answer = backchannels[random.nextInt(backchannels.length)];
      for (Word word : answer) {
        out.add(word, sentenceStart);
        sentenceStart = false;
      }
      out.add(PERIOD);
      return;
    }
    do {
      sentence(random, withFillers, out);
    } while (out.size < SOFT_LIMIT && random.nextInt(100) < 45);
  }

  private void sentence(SplittableRandom random, boolean withFillers, WordSequence out) {
    boolean question = random.nextInt(6) == 0;
    if (!question && random.nextInt(4) == 0) {
      out.add(Grammar.pick(random, openers), true);
      out.add(COMMA);
      if (withFillers && random.nextInt(5) == 0) {
        out.add(Grammar.pick(random, fillers));
      }
      clause(random, false, out);
    } else if (question) {
      out.add(Grammar.pick(random, questionStarts), true);
      out.add(Grammar.pick(random, subjects));
      out.add(Grammar.pick(random, baseVerbs));
      nounPhrase(random, out);
      tail(random, out);
      out.add(QUESTION_MARK);
      return;
    } else {
      clause(random, true, out);
    }
    out.add(PERIOD);
  }

  private void clause(SplittableRandom random, boolean capitalize, WordSequence out) {
    switch (random.nextInt(5)) {
      case 0 -> {
        out.add(Grammar.pick(random, determiners), capitalize);
        out.add(Grammar.pick(random, nouns));
        out.add(Grammar.pick(random, be));
        if (random.nextInt(3) == 0) {
          out.add(Grammar.pick(random, adverbs));
        }
        out.add(Grammar.pick(random, adjectives));
      }
      case 1 -> {
        out.add(Grammar.pick(random, subjects), capitalize);
        out.add(Grammar.pick(random, modals));
        out.add(Grammar.pick(random, baseVerbs));
        nounPhrase(random, out);
        tail(random, out);
      }
      case 2 -> {
        out.add(Grammar.pick(random, subjects), capitalize);
        out.add(Grammar.pick(random, pastVerbs));
        out.add(THAT);
        out.add(Grammar.pick(random, subjects));
        out.add(Grammar.pick(random, modals));
        out.add(Grammar.pick(random, baseVerbs));
        nounPhrase(random, out);
      }
      default -> {
        out.add(Grammar.pick(random, subjects), capitalize);
        if (random.nextInt(5) == 0) {
          out.add(Grammar.pick(random, adverbs));
        }
        out.add(random.nextBoolean() ? Grammar.pick(random, pastVerbs) : Grammar.pick(random, baseVerbs));
        nounPhrase(random, out);
        tail(random, out);
      }
    }
  }

  private void nounPhrase(SplittableRandom random, WordSequence out) {
    out.add(Grammar.pick(random, determiners));
    if (random.nextInt(3) == 0) {
      out.add(Grammar.pick(random, adjectives));
    }
    out.add(Grammar.pick(random, nouns));
  }

  private void tail(SplittableRandom random, WordSequence out) {
    int shape = random.nextInt(4);
    if (shape == 0) {
      out.add(Grammar.pick(random, prepositions));
      nounPhrase(random, out);
    } else if (shape == 1) {
      out.add(Grammar.pick(random, times));
    }
  }

  private static Word[] words(String entries) {
    return Grammar.words(entries, Word::english);
  }
}
