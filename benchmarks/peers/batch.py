#!/usr/bin/env python3
"""What a Python user would write for a folder of results: multiprocessing over every .json file under the
input directories; per file the figures of stats.py (per-speaker talk time and confidence statistics) printed
as a JSON line, and its tokens CSV written to OUTDIR, mirroring the tree under each DIR (as amivoice batch
does).

    python3 batch.py DIR... -o OUTDIR [--jobs 2]
"""
import argparse
import json
import os
import sys
from multiprocessing import Pool

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stats import analyse  # noqa: E402  (the single-file peer, next to this one)


def convert(job):
    source, target = job
    with open(source, encoding="utf-8") as f:
        result = json.load(f)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    return json.dumps({"file": source, "speakers": analyse(result, target)}, ensure_ascii=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", metavar="DIR")
    parser.add_argument("-o", "--output", required=True, metavar="OUTDIR")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    jobs = []
    for top in args.inputs:
        for folder, _, names in sorted(os.walk(top)):
            for name in sorted(names):
                if name.endswith(".json"):
                    source = os.path.join(folder, name)
                    relative = os.path.relpath(source, top)
                    jobs.append((source, os.path.join(args.output, relative[:-len(".json")] + ".tokens.csv")))
    with Pool(args.jobs) as pool:
        for line in pool.imap(convert, jobs, chunksize=8):
            print(line)


if __name__ == "__main__":
    main()
