package io.github.amivoicetoolkit.testkit;

import java.util.SplittableRandom;

/**
 * Japanese utterances of a business conversation, tokenised roughly the way the engine does it: nouns,
 * particles, whole predicates ({@code 思います}, {@code です}), punctuation {@code 、} and {@code 。}.
 * About 440 base words plus 1,560 compound nouns ({@code 顧客管理}, {@code 音声認識}); ten hours use
 * about 1,750 distinct written forms.
 */
final class JapaneseGrammar implements Grammar {
  private static final Word COMMA = Word.japanesePunctuation("、");
  private static final Word PERIOD = Word.japanesePunctuation("。");
  private static final Word NO = Word.japanese("の", null);
  private static final Word NA = Word.japanese("な", null);
  private static final Word WO = Word.japanese("を", null);
  private static final Word NI = Word.japanese("に", null);
  private static final Word TO = Word.japanese("と", null);
  private static final Word SHI = Word.japanese("し", null);
  private static final Word THINK = Word.japanese("思い", "おもい");
  private static final Word MASU = Word.japanese("ます", null);

  /** Nouns that also head or modify compounds. */
  private static final String COMPOUND_PARTS =
      """
      会議:かいぎ 資料:しりょう 記録:きろく 営業:えいぎょう 開発:かいはつ 製品:せいひん 顧客:こきゃく
      音声:おんせい 認識:にんしき 品質:ひんしつ 市場:しじょう 予算:よさん 管理:かんり 計画:けいかく
      担当:たんとう 結果:けっか 情報:じょうほう 技術:ぎじゅつ 分析:ぶんせき 調査:ちょうさ 目標:もくひょう
      対策:たいさく 改善:かいぜん 報告:ほうこく 業務:ぎょうむ 設計:せっけい 運用:うんよう 導入:どうにゅう
      契約:けいやく 価格:かかく 売上:うりあげ 安全:あんぜん 教育:きょういく 医療:いりょう 検査:けんさ
      作業:さぎょう 全体:ぜんたい 社内:しゃない 期間:きかん 制度:せいど
      """;

  private static final String NOUNS =
      """
      用語:ようご 時間:じかん 問題:もんだい 説明:せつめい 確認:かくにん 予定:よてい 今日:きょう
      明日:あした 昨日:きのう 来週:らいしゅう 先週:せんしゅう 今年:ことし 去年:きょねん 会社:かいしゃ
      仕事:しごと 部長:ぶちょう 課長:かちょう 社長:しゃちょう お客様:おきゃくさま 商品:しょうひん
      利益:りえき 費用:ひよう 見積:みつもり 提案:ていあん 連絡:れんらく 相談:そうだん 検討:けんとう
      対応:たいおう 準備:じゅんび 状況:じょうきょう 内容:ないよう 部分:ぶぶん 方法:ほうほう 理由:りゆう
      意見:いけん 質問:しつもん 回答:かいとう 課題:かだい 研究:けんきゅう 業界:ぎょうかい 地域:ちいき
      全国:ぜんこく 東京:とうきょう 大阪:おおさか 名古屋:なごや 福岡:ふくおか 北海道:ほっかいどう
      日本:にほん 海外:かいがい 世界:せかい 社会:しゃかい 経済:けいざい 環境:かんきょう 学校:がっこう
      学生:がくせい 先生:せんせい 病院:びょういん 患者:かんじゃ 健康:けんこう 生活:せいかつ 家族:かぞく
      子供:こども 友達:ともだち 電話:でんわ 番号:ばんごう 住所:じゅうしょ 名前:なまえ 場所:ばしょ 駅:えき
      電車:でんしゃ 車:くるま 道路:どうろ 天気:てんき 雨:あめ 午前:ごぜん 午後:ごご 朝:あさ 夜:よる
      毎日:まいにち 最近:さいきん 前回:ぜんかい 今回:こんかい 次回:じかい 最初:さいしょ 最後:さいご
      以上:いじょう 基本:きほん 全部:ぜんぶ 半分:はんぶん 一番:いちばん 文字:もじ 言葉:ことば
      会話:かいわ 発言:はつげん 話者:わしゃ 精度:せいど 機能:きのう 設定:せってい 画面:がめん
      入力:にゅうりょく 出力:しゅつりょく 変換:へんかん 処理:しょり 効果:こうか 影響:えいきょう
      変更:へんこう 追加:ついか 削除:さくじょ 修正:しゅうせい 共有:きょうゆう 参加:さんか 会場:かいじょう
      記事:きじ 新聞:しんぶん 番組:ばんぐみ 政府:せいふ 政策:せいさく 法律:ほうりつ 規則:きそく
      事故:じこ 原因:げんいん 期限:きげん 締切:しめきり 人数:にんずう 金額:きんがく 数字:すうじ
      割合:わりあい 傾向:けいこう 年度:ねんど 四半期:しはんき 来月:らいげつ 今月:こんげつ 先月:せんげつ
      私:わたし 私たち:わたしたち 皆さん:みなさん 自分:じぶん 方:かた 人:ひと 感じ:かんじ 話:はなし
      件:けん 点:てん 形:かたち 気:き 手:て 声:こえ 音:おと 店:みせ 国:くに 町:まち 家:いえ 本:ほん
      こと もの ところ ため わけ それ これ そちら こちら どこ 何:なに
      システム データ サービス プロジェクト ミーティング スケジュール メール ファイル サーバー
      クラウド アプリ ソフトウェア ユーザー チーム メンバー リスク コスト デザイン テスト レポート
      プラン ポイント イベント セミナー マーケティング ビジネス パソコン スマートフォン
      インターネット ネットワーク セキュリティ オンライン テキスト マイク ノイズ フォーマット エラー
      トラブル ルール サンプル モデル タイミング ケース レベル グループ バスケットボール
      AI:えーあい IT:あいてぃー PC:ぴーしー www2:とりぷるだぶる API:えーぴーあい DX:でぃーえっくす
      KPI:けーぴーあい Web:うぇぶ OK:おーけー SNS:えすえぬえす URL:ゆーあーるえる Zoom:ずーむ
      """;

  /** Nouns that take {@code を します} and friends. */
  private static final String ACTION_NOUNS =
      """
      説明:せつめい 確認:かくにん 連絡:れんらく 相談:そうだん 検討:けんとう 対応:たいおう 準備:じゅんび
      報告:ほうこく 提案:ていあん 共有:きょうゆう 修正:しゅうせい 変更:へんこう 追加:ついか 調査:ちょうさ
      分析:ぶんせき 管理:かんり 改善:かいぜん 参加:さんか テスト チェック フォロー
      """;

  /** Common particles appear several times, so they are drawn more often. */
  private static final String PARTICLES = "は は は が が が を を を に に に で で と と の の も も へ から まで より や";

  /** Verb stems; the polite endings ({@code ます}, {@code ました}, …) are tokens of their own. */
  private static final String VERB_STEMS =
      """
      思い:おもい 考え:かんがえ 分かり:わかり あり い なり でき 行き:いき 来:き 見:み 言い:いい
      使い:つかい 始め:はじめ 終わり:おわり 決め:きめ 進め:すすめ 聞き:きき 話し:はなし 書き:かき
      作り:つくり 送り:おくり 待ち:まち 持ち:もち 出:で 入り:はいり 変わり:かわり 増え:ふえ 減り:へり
      続き:つづき 届き:とどき 調べ:しらべ 頼み:たのみ
      """;

  private static final String POLITE_ENDINGS = "ます ました ません ましょう";
  private static final String COPULAS = "です でした だ でしょう";

  private static final String ADJECTIVES =
      """
      大きい:おおきい 小さい:ちいさい 新しい:あたらしい 古い:ふるい 高い:たかい 安い:やすい 多い:おおい
      少ない:すくない 早い:はやい 遅い:おそい 難しい:むずかしい 良い:よい いい 悪い:わるい 長い:ながい
      短い:みじかい 強い:つよい 弱い:よわい 面白い:おもしろい 忙しい:いそがしい 正しい:ただしい
      厳しい:きびしい 近い:ちかい 遠い:とおい 広い:ひろい 細かい:こまかい
      """;

  private static final String NA_ADJECTIVES =
      """
      大切:たいせつ 簡単:かんたん 重要:じゅうよう 必要:ひつよう 可能:かのう 大変:たいへん 便利:べんり
      十分:じゅうぶん 確か:たしか 様々:さまざま 具体的:ぐたいてき 基本的:きほんてき 一般的:いっぱんてき
      """;

  private static final String ADVERBS =
      """
      とても かなり ちょっと 少し:すこし もう まだ 一応:いちおう 多分:たぶん やはり やっぱり
      必ず:かならず 特に:とくに 実際:じっさい 結構:けっこう 全然:ぜんぜん 本当に:ほんとうに すぐ ずっと
      早めに:はやめに 大体:だいたい
      """;

  private static final String OPENERS =
      """
      それで でも ただ まず あと じゃあ では そして また なので つまり 例えば:たとえば 一方:いっぽう
      ちなみに 次に:つぎに そうすると
      """;

  private static final String NUMBERS =
      """
      1:いち 2:に 3:さん 4:よん 5:ご 6:ろく 7:なな 8:はち 9:きゅう 10:じゅう 12:じゅうに 15:じゅうご
      20:にじゅう 30:さんじゅう 50:ごじゅう 100:ひゃく 2025:にせんにじゅうご
      """;

  private static final String COUNTERS =
      "年:ねん 月:がつ 日:にち 人:にん 件:けん 時:じ 分:ふん 円:えん 回:かい 個:こ パーセント";

  private static final String ENDINGS = "ね よ か";

  /** Short answers; each is a token sequence separated by {@code +}. */
  private static final String[] BACKCHANNELS = {
    "はい", "ええ", "うん", "はい+、+そう+です+ね", "そう+です+ね", "なるほど", "分かり:わかり+ました",
    "ありがとう+ございます", "お願い:おねがい+し+ます", "そう+です+か", "すみません", "了解:りょうかい+です",
    "はい+、+お願い:おねがい+し+ます", "いい+と+思い:おもい+ます"
  };

  private static final String FILLERS = "えーと えー あのー あの まあ その えっと うーん";

  /** Built after the vocabulary constants above, which it reads. */
  static final JapaneseGrammar INSTANCE = new JapaneseGrammar();

  private final Word[] nouns;
  private final Word[] compounds;
  private final Word[] actionNouns;
  private final Word[] particles;
  private final Word[] verbStems;
  private final Word[] politeEndings;
  private final Word[] copulas;
  private final Word[] adjectives;
  private final Word[] naAdjectives;
  private final Word[] adverbs;
  private final Word[] openers;
  private final Word[] numbers;
  private final Word[] counters;
  private final Word[] endings;
  private final Word[][] backchannels;
  private final Word[] fillers;

  private JapaneseGrammar() {
    Word[] parts = words(COMPOUND_PARTS);
    nouns = concat(parts, words(NOUNS));
    compounds = new Word[parts.length * (parts.length - 1)];
    String[] entries = COMPOUND_PARTS.strip().split("\\s+");
    int next = 0;
    for (String modifier : entries) {
      for (String head : entries) {
        if (!head.equals(modifier)) {
          String[] m = modifier.split(":");
          String[] h = head.split(":");
          compounds[next++] = Word.japanese(m[0] + h[0], m[1] + h[1]);
        }
      }
    }
    actionNouns = words(ACTION_NOUNS);
    particles = words(PARTICLES);
    verbStems = words(VERB_STEMS);
    politeEndings = words(POLITE_ENDINGS);
    copulas = words(COPULAS);
    adjectives = words(ADJECTIVES);
    naAdjectives = words(NA_ADJECTIVES);
    adverbs = words(ADVERBS);
    openers = words(OPENERS);
    numbers = words(NUMBERS);
    counters = words(COUNTERS);
    endings = words(ENDINGS);
    backchannels = new Word[BACKCHANNELS.length][];
    for (int i = 0; i < BACKCHANNELS.length; i++) {
      String[] tokens = BACKCHANNELS[i].split("\\+");
      backchannels[i] = new Word[tokens.length];
      for (int t = 0; t < tokens.length; t++) {
        backchannels[i][t] = tokens[t].equals("、") ? COMMA : word(tokens[t]);
      }
    }
    fillers = Grammar.words(FILLERS, Word::japaneseFiller);
  }

  @Override
  public boolean spaced() {
    return false;
  }

  @Override
  public void utterance(SplittableRandom random, boolean withFillers, WordSequence out) {
    if (withFillers && random.nextInt(4) == 0) {
      out.add(Grammar.pick(random, fillers));
    }
    if (random.nextInt(7) == 0) {
      for (Word word : backchannels[random.nextInt(backchannels.length)]) {
        out.add(word);
      }
      out.add(PERIOD);
      return;
    }
    do {
      sentence(random, withFillers, out);
    } while (out.size < SOFT_LIMIT && random.nextInt(100) < 50);
  }

  private void sentence(SplittableRandom random, boolean withFillers, WordSequence out) {
    if (random.nextInt(4) == 0) {
      out.add(Grammar.pick(random, openers));
      if (random.nextBoolean()) {
        comma(random, withFillers, out);
      }
    }
    int phrases = 1 + random.nextInt(4);
    for (int p = 0; p < phrases; p++) {
      if (random.nextInt(8) == 0) {
        out.add(Grammar.pick(random, adverbs));
      }
      nounPhrase(random, out);
      out.add(Grammar.pick(random, particles));
      if (random.nextInt(7) == 0) {
        comma(random, withFillers, out);
      }
    }
    predicate(random, out);
    if (random.nextInt(5) == 0) {
      out.add(Grammar.pick(random, endings));
    }
    out.add(PERIOD);
  }

  private void comma(SplittableRandom random, boolean withFillers, WordSequence out) {
    out.add(COMMA);
    if (withFillers && random.nextInt(5) == 0) {
      out.add(Grammar.pick(random, fillers));
    }
  }

  private void nounPhrase(SplittableRandom random, WordSequence out) {
    int shape = random.nextInt(20);
    if (shape == 0) {
      out.add(Grammar.pick(random, numbers));
      out.add(Grammar.pick(random, counters));
      return;
    }
    if (shape <= 2) {
      out.add(Grammar.pick(random, adjectives));
    } else if (shape == 3) {
      out.add(Grammar.pick(random, naAdjectives));
      out.add(NA);
    } else if (shape <= 6) {
      out.add(Grammar.pick(random, nouns));
      out.add(NO);
    }
    out.add(random.nextInt(10) == 0 ? Grammar.pick(random, compounds) : Grammar.pick(random, nouns));
  }

  private void predicate(SplittableRandom random, WordSequence out) {
    switch (random.nextInt(6)) {
      case 0, 1 -> {
        if (random.nextInt(5) == 0) {
          out.add(Grammar.pick(random, adverbs));
        }
        out.add(Grammar.pick(random, verbStems));
        out.add(Grammar.pick(random, politeEndings));
      }
      case 2 -> {
        out.add(Grammar.pick(random, actionNouns));
        if (random.nextBoolean()) {
          out.add(WO);
        }
        out.add(SHI);
        out.add(Grammar.pick(random, politeEndings));
      }
      case 3 -> {
        out.add(Grammar.pick(random, nouns));
        copula(random, out);
      }
      case 4 -> {
        out.add(Grammar.pick(random, adjectives));
        out.add(copulas[random.nextInt(2)]);
      }
      default -> {
        out.add(Grammar.pick(random, naAdjectives));
        if (random.nextInt(4) == 0) {
          out.add(NI);
          out.add(Grammar.pick(random, verbStems));
          out.add(Grammar.pick(random, politeEndings));
        } else {
          copula(random, out);
        }
      }
    }
  }

  /** {@code です}, or now and then {@code だ と 思い ます}. */
  private void copula(SplittableRandom random, WordSequence out) {
    Word copula = Grammar.pick(random, copulas);
    out.add(copula);
    if (copula == copulas[2] && random.nextBoolean()) {
      out.add(TO);
      out.add(THINK);
      out.add(MASU);
    }
  }

  private static Word word(String entry) {
    int colon = entry.indexOf(':');
    return colon < 0
        ? Word.japanese(entry, null)
        : Word.japanese(entry.substring(0, colon), entry.substring(colon + 1));
  }

  private static Word[] words(String entries) {
    return Grammar.words(entries, JapaneseGrammar::word);
  }

  private static Word[] concat(Word[] first, Word[] second) {
    Word[] all = new Word[first.length + second.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}
