#!/usr/bin/env python3
"""What a Python user would write: per-speaker talk time and confidence statistics of one AmiVoice result.

Loads the JSON with the standard library, gives every token a speaker (its label, else the preceding labelled
token's in the utterance, else the following's), and prints one JSON object: per speaker the talk time (the
union of the timed word and filler tokens, as docs/figures.md defines talk_ms), the token and word counts and
the confidence count, mean and 10th/50th/90th percentiles (nearest rank). With --csv OUT it also writes the
tokens table with the columns of `amivoice convert --to csv` (UTF-8 with BOM, CRLF).

    python3 stats.py result.json [--csv result.tokens.csv]
"""
import argparse
import csv
import json
import math
import unicodedata

COLUMNS = ["utterance", "token", "speaker", "start_ms", "end_ms", "start", "end", "written", "spoken",
           "confidence", "punctuation", "filler"]


def tokens_with_speakers(result):
    """(utterance number, token number, speaker, token) for every token, in file order."""
    utterances = (u for segment in result.get("segments", []) for u in segment.get("results", []))
    for number, utterance in enumerate(utterances):
        tokens = utterance.get("tokens", [])
        speaker = next((t["label"] for t in tokens if t.get("label")), "")
        for position, token in enumerate(tokens):
            speaker = token.get("label") or speaker
            yield number, position, speaker, token


def is_punctuation(token):
    written = token.get("written", "")
    return token.get("spoken") == "_" or (
        written != "" and all(unicodedata.category(c).startswith("P") for c in written))


def is_filler(token):
    written = token.get("written", "")
    return len(written) >= 3 and written.startswith("%") and written.endswith("%")


def union_ms(intervals):
    total, run_start, run_end = 0, -1, -1
    for start, end in sorted(intervals):
        if start > run_end:
            total += run_end - run_start
            run_start, run_end = start, end
        else:
            run_end = max(run_end, end)
    return total + run_end - run_start


def percentile(ordered, fraction):
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)] if ordered else None


def clock(ms):
    return "%02d:%02d:%02d.%03d" % (ms // 3_600_000, ms // 60_000 % 60, ms // 1000 % 60, ms % 1000)


def analyse(result, csv_path=None):
    """The per-speaker figures of a loaded result; writes the tokens CSV to csv_path when given."""
    speakers = {}
    out = open(csv_path, "w", encoding="utf-8-sig", newline="") if csv_path else None
    writer = csv.writer(out) if out else None
    if writer:
        writer.writerow(COLUMNS)
    for utterance, position, speaker, token in tokens_with_speakers(result):
        figures = speakers.setdefault(speaker, {"tokens": 0, "intervals": [], "confidences": []})
        figures["tokens"] += 1
        start, end = token.get("starttime"), token.get("endtime")
        punctuation, filler = is_punctuation(token), is_filler(token)
        if not punctuation:
            if start is not None and end is not None and end > start:
                figures["intervals"].append((start, end))
            if "confidence" in token:
                figures["confidences"].append(float(token["confidence"]))
        if writer:
            timed = start is not None and end is not None
            confidence = token.get("confidence")
            writer.writerow([utterance, position, speaker, start, end,
                             clock(start) if timed else "", clock(end) if timed else "",
                             token.get("written", ""), token.get("spoken", ""),
                             float(confidence) if confidence is not None else "",
                             str(punctuation).lower(), str(filler).lower()])
    if out:
        out.close()
    report = []
    for speaker, figures in sorted(speakers.items()):
        confidences = sorted(figures["confidences"])
        report.append({
            "speaker": speaker, "talk_ms": union_ms(figures["intervals"]), "tokens": figures["tokens"],
            "conf_n": len(confidences),
            "conf_mean": sum(confidences) / len(confidences) if confidences else None,
            "conf_p10": percentile(confidences, 0.1), "conf_p50": percentile(confidences, 0.5),
            "conf_p90": percentile(confidences, 0.9)})
    return report


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("result")
    parser.add_argument("--csv", metavar="OUT", help="also write the tokens table to OUT")
    args = parser.parse_args()
    with open(args.result, encoding="utf-8") as f:
        result = json.load(f)
    print(json.dumps({"file": args.result, "speakers": analyse(result, args.csv)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
