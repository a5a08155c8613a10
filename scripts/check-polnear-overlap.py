#!/usr/bin/env python3
"""Check that no committed line reproduces PolNeAR text.

PolNeAR (US political news) may be used locally to measure Byline, but none of its text may be committed.
This script reads a local PolNeAR checkout's data folder (every ``*/text/*.txt`` below it), collects every
run of N words (default 6), and prints each line of the repository's src/, test/unit/, test/integration/,
scripts/, CHANGELOG.md and README.md that shares such a run with the corpus.

Usage: python3 scripts/check-polnear-overlap.py PATH/TO/PolNeAR/data [N]

Words are runs of letters, digits and apostrophes, lower-cased; a literal escape such as ``\\n`` inside a
string is read as a space, so "a.\\n\\nThe next" is checked as "a the next". Runs listed in
scripts/polnear-overlap-allow.txt (common English judged unavoidable) are ignored. Lexicon files of real
organisation names and roles (scripts/lexicon/orgs.tsv, roles.tsv, and src/core/data/orgs.json, roles.json
built from them) are skipped: names of real bodies are not
text. Exit status: 0 when nothing overlaps, 1 when a line does, 2 on a usage error.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PARTS = ['src', 'test/unit', 'test/integration', 'scripts', 'CHANGELOG.md', 'README.md']
EXTS = ('.ts', '.mjs', '.js', '.md', '.tsv', '.txt', '.py', '.json')
SKIP = {os.path.join('scripts', 'lexicon', 'orgs.tsv'), os.path.join('scripts', 'lexicon', 'roles.tsv'),
        os.path.join('src', 'core', 'data', 'orgs.json'), os.path.join('src', 'core', 'data', 'roles.json'),
        os.path.join('scripts', 'polnear-overlap-allow.txt')}
WORD = re.compile(r"[a-z0-9']+")
ESCAPE = re.compile(r'\\[nrt]')


def words(text):
    return WORD.findall(ESCAPE.sub(' ', text.lower()))


def runs(ws, n):
    return (' '.join(ws[i:i + n]) for i in range(len(ws) - n + 1))


def corpus_runs(data, n):
    found = set()
    files = 0
    for dirpath, _dirs, names in os.walk(data):
        if os.path.basename(dirpath) != 'text':
            continue
        for name in names:
            if name.endswith('.txt'):
                files += 1
                with open(os.path.join(dirpath, name), encoding='utf-8', errors='ignore') as f:
                    found.update(runs(words(f.read()), n))
    return found, files


def allowed(n):
    path = os.path.join(ROOT, 'scripts', 'polnear-overlap-allow.txt')
    out = set()
    if os.path.exists(path):
        with open(path, encoding='utf-8') as f:
            for line in f:
                line = line.split('#', 1)[0].strip()
                if line:
                    out.add(' '.join(words(line)))
    # an allowed phrase longer than n allows each of its runs of n words
    return {r for a in out for r in (runs(a.split(), n) if len(a.split()) >= n else [a])}


def repo_files():
    for part in PARTS:
        path = os.path.join(ROOT, part)
        if os.path.isfile(path):
            yield part
        elif os.path.isdir(path):
            for dirpath, _dirs, names in os.walk(path):
                for name in sorted(names):
                    rel = os.path.relpath(os.path.join(dirpath, name), ROOT)
                    if name.endswith(EXTS) and rel not in SKIP:
                        yield rel


def main(argv):
    if len(argv) < 2 or argv[1] in ('-h', '--help'):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    data = argv[1]
    n = int(argv[2]) if len(argv) > 2 else 6
    if not os.path.isdir(data):
        print(f'not a folder: {data}', file=sys.stderr)
        return 2
    corpus, files = corpus_runs(data, n)
    if not files:
        print(f'no */text/*.txt files under {data}', file=sys.stderr)
        return 2
    allow = allowed(n)
    hits = 0
    for rel in repo_files():
        with open(os.path.join(ROOT, rel), encoding='utf-8', errors='ignore') as f:
            for ln, line in enumerate(f, 1):
                shared = [r for r in runs(words(line), n) if r in corpus and r not in allow]
                if shared:
                    hits += 1
                    print(f'{rel}:{ln}: {shared[0]} | {line.strip()[:160]}')
    print(f'{files} PolNeAR texts, {len(corpus)} runs of {n} words; {hits} overlapping lines', file=sys.stderr)
    return 1 if hits else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
