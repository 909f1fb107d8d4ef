# Per-speaker talk time and token counts of one AmiVoice result, as a jq user would write them:
#   jq -c -f stats.jq result.json
# A token's speaker is its label, else the preceding labelled token's in the utterance, else the
# following's; talk_ms is the union of the speaker's timed word and filler tokens (docs/figures.md).

def punctuation: .spoken == "_" or ((.written // "") | test("^\\p{P}+$"));

def union_ms:
  sort
  | reduce .[] as [$from, $to] ({total: 0, run_from: -1, run_to: -1};
      if $from > .run_to then .total += .run_to - .run_from | .run_from = $from | .run_to = $to
      else .run_to = ([.run_to, $to] | max) end)
  | .total + .run_to - .run_from;

[ .segments[].results[].tokens
  | ((map(.label // "" | select(. != "")) | first) // "") as $first
  | foreach .[] as $token ({speaker: $first};
      .speaker = (if ($token.label // "") != "" then $token.label else .speaker end) | .token = $token) ]
| group_by(.speaker)
| map({speaker: .[0].speaker,
       talk_ms: [.[].token | select((punctuation | not) and .starttime != null and .endtime > .starttime)
                 | [.starttime, .endtime]] | union_ms,
       tokens: length})
