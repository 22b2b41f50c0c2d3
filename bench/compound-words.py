#!/usr/bin/env python3
"""Recall of compounds written two ways ("finetuning" / "fine-tuning") in the search box.

Usage: bench/compound-words.py EXPORT.jsonl URL [--sample N] [--seed S]

EXPORT.jsonl is `paperscope export --data D -o EXPORT.jsonl` of the served corpus; URL the server
(`paperscope serve --data D`), e.g. http://127.0.0.1:8080. The compounds are those the corpus
writes both ways: "x-y" and "xy" each in at least 3 papers' titles or abstracts (x and y letters,
neither a stop word); N of them (default 200) are drawn with seed S (default 42). For each, both
forms are searched, and the recall of a form is the share of the papers writing either form
(`"x-y" OR "xy"`) that its search finds. Prints one line per compound with --verbose, and the mean
recall of closed and hyphenated queries.
"""
import argparse
import json
import random
import re
import sys
import urllib.parse
import urllib.request
from collections import defaultdict

STOP = set(
    "a an and are as at be but by for if in into is it no not of on or such that the their then"
    " there these they this to was will with".split()
)
MIN_PAPERS = 3


def count(url, query):
    with urllib.request.urlopen(
        url + "/api/v1/search?limit=1&q=" + urllib.parse.quote(query)
    ) as answer:
        return json.load(answer)["total"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("export")
    parser.add_argument("url")
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    hyphenated = defaultdict(set)
    closed = defaultdict(set)
    for number, line in enumerate(open(args.export, encoding="utf-8")):
        paper = json.loads(line)
        text = (paper.get("title") or "") + " " + (paper.get("abstract") or "")
        text = text.lower()
        for x, y in re.findall(r"(?<![\w-])([a-z]{2,})-([a-z]{2,})(?![\w-])", text):
            if x not in STOP and y not in STOP:
                hyphenated[(x, y)].add(number)
        for word in set(re.findall(r"[a-z]{5,}", text)):
            closed[word].add(number)
    pairs = sorted(
        (x, y)
        for (x, y), papers in hyphenated.items()
        if len(papers) >= MIN_PAPERS and len(closed.get(x + y, ())) >= MIN_PAPERS
    )
    random.Random(args.seed).shuffle(pairs)
    pairs = pairs[: args.sample]
    recall = {"closed": [], "hyphenated": []}
    for x, y in pairs:
        union = f'"{x}-{y}" OR "{x}{y}"'
        either = count(args.url, union)
        if either == 0:
            continue
        found = {}
        for form, query in (("closed", x + y), ("hyphenated", f"{x}-{y}")):
            found[form] = count(args.url, f"({query}) AND ({union})") / either
            recall[form].append(found[form])
        if args.verbose:
            print(f"{x}{y}\t{x}-{y}\t{either}\t{found['closed']:.3f}\t{found['hyphenated']:.3f}")
    n = len(recall["closed"])
    print(
        f"{n} compounds written both ways (of {len(pairs)} drawn, seed {args.seed}):"
        f" recall closed {sum(recall['closed']) / n:.4f},"
        f" hyphenated {sum(recall['hyphenated']) / n:.4f}"
    )


if __name__ == "__main__":
    sys.exit(main())
