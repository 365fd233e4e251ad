#!/usr/bin/env python3
"""Checks models/regions/gazetteer.tsv and region-map.tsv.

Usage: python3 check.py [--gazetteer PATH] [--region-map PATH] [--iso PATH]
Exits non-zero on any error; prints counts and warnings.
"""
import argparse
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
KINDS = {'country', 'alias', 'capital', 'city', 'subdivision', 'area', 'demonym', 'landmark'}
LABELS = {'Africa', 'Asia', 'Asia-Pacific', 'Europe', 'Latin America', 'MENA', 'Palestine', 'US & Canada'}
CODE = re.compile(r'^[A-Z]{2}$')

# Names the brief for this data asked for explicitly: (name, a country code it must map to).
REQUIRED = [
    ('Kyiv', 'UA'), ('Kiev', 'UA'), ("Côte d'Ivoire", 'CI'), ('Ivory Coast', 'CI'), ('Gaza Strip', 'PS'),
    ('Lebanese', 'LB'), ('New York City', 'US'), ('Tel Aviv', 'IL'), ('Burma', 'MM'), ('Myanmar', 'MM'),
    ('Türkiye', 'TR'), ('Turkey', 'TR'), ('Czechia', 'CZ'), ('Czech Republic', 'CZ'), ('DRC', 'CD'),
    ('DR Congo', 'CD'), ('Democratic Republic of the Congo', 'CD'), ('Gaza', 'PS'), ('West Bank', 'PS'),
    ('East Jerusalem', 'PS'), ('Ramallah', 'PS'), ('Jenin', 'PS'), ('Nablus', 'PS'), ('Hebron', 'PS'),
    ('Khan Younis', 'PS'), ('Rafah', 'PS'), ('Deir al-Balah', 'PS'), ('Jabalia', 'PS'), ('Tulkarm', 'PS'),
    ('Bethlehem', 'PS'), ('Haifa', 'IL'), ('Beersheba', 'IL'), ('Kosovo', 'XK'), ('Jerusalem', 'PS|IL'),
    ('Sahel', 'ML|NE|BF|TD|MR'), ('Kashmir', 'IN|PK'), ('Golan Heights', 'SY'), ('U.S.', 'US'), ('US', 'US'),
    ('USA', 'US'), ('America', 'US'), ('UK', 'GB'), ('Britain', 'GB'), ('UAE', 'AE'), ('Holland', 'NL'),
    ('Donbas', 'UA'), ('Crimea', 'UA'), ('Darfur', 'SD'), ('Tigray', 'ET'), ('Kurdistan', 'IQ'),
    ('Balochistan', 'PK'), ('Xinjiang', 'CN'), ('Tibet', 'CN'), ('Western Sahara', 'EH'),
    ('Nagorno-Karabakh', 'AZ'), ('Sinai', 'EG'), ('Israeli', 'IL'), ('Israelis', 'IL'), ('Palestinian', 'PS'),
    ('Palestinians', 'PS'), ('Sahrawi', 'EH'), ('Filipino', 'PH'), ('Emirati', 'AE'), ('Kenyan', 'KE'),
    ('Brazilian', 'BR'), ('American', 'US'), ('Al-Aqsa', 'PS'), ('Kremlin', 'RU'), ('White House', 'US'),
    ('Downing Street', 'GB'), ('Capitol Hill', 'US'), ('Elysee', 'FR'), ('Georgia', 'GE'), ('Georgia', 'US'),
    ('Jordan', 'JO'), ('Washington', 'US'), ('Tripoli', 'LY'), ('Tripoli', 'LB'), ('Victoria', 'AU'),
    ('Victoria', 'CA'), ('Victoria', 'SC'), ('Santiago', 'CL'), ('Alexandria', 'EG'), ('Birmingham', 'GB'),
    ('Hyderabad', 'IN'), ('Hyderabad', 'PK'), ('Punjab', 'IN'), ('Punjab', 'PK'), ('Nice', 'FR'),
    ('Davos', 'CH'), ('Kherson', 'UA'), ('El Fasher', 'SD'), ('Goma', 'CD'), ('Idlib', 'SY'), ('Sderot', 'IL'),
    ('Mariupol', 'UA'), ('Marioupol', 'UA'), ('Bakhmut', 'UA'), ('Port-au-Prince', 'HT'),
    ('Sharm el-Sheikh', 'EG'), ('Kandahar', 'AF'),
]


def norm(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'")
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = s.replace('ı', 'i').replace('ł', 'l').replace('ø', 'o').replace('đ', 'd').replace('ß', 'ss')
    return ' '.join(''.join(ch if ch.isalnum() else ' ' for ch in s).split())


def data_lines(path):
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if line.startswith('#') or not line.strip():
                continue
            yield n, line


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--gazetteer', default=os.path.join(ROOT, 'gazetteer.tsv'))
    ap.add_argument('--region-map', default=os.path.join(ROOT, 'region-map.tsv'))
    ap.add_argument('--iso', default='/usr/share/iso-codes/json/iso_3166-1.json')
    args = ap.parse_args()
    errors, warnings = [], []

    # ---- region map ----
    rmap = {}
    lines = list(data_lines(args.region_map))
    if not lines or lines[0][1].split('\t') != ['country', 'name', 'regions']:
        errors.append('region-map.tsv: bad or missing header "country<TAB>name<TAB>regions"')
    for n, line in lines[1:]:
        cols = line.split('\t')
        if len(cols) != 3:
            errors.append(f'region-map.tsv:{n}: expected 3 columns, got {len(cols)}')
            continue
        cc, _, regions = cols
        if not CODE.match(cc):
            errors.append(f'region-map.tsv:{n}: bad code {cc!r}')
        if cc in rmap:
            errors.append(f'region-map.tsv:{n}: duplicate code {cc}')
        labels = []
        for i, part in enumerate(p.strip() for p in regions.split(',')):
            label, _, weight = part.partition(':')
            label = label.strip()
            if label not in LABELS:
                errors.append(f'region-map.tsv:{n}: unknown region label {label!r}')
            if weight:
                try:
                    w = float(weight)
                    if not 0 < w <= 1:
                        raise ValueError
                except ValueError:
                    errors.append(f'region-map.tsv:{n}: bad weight {weight!r}')
                if i == 0:
                    warnings.append(f'region-map.tsv:{n}: primary region carries a weight')
            labels.append(label)
        if len(set(labels)) != len(labels):
            errors.append(f'region-map.tsv:{n}: repeated label')
        rmap[cc] = labels
    with open(args.region_map, encoding='utf-8') as f:
        raw = f.read().splitlines()
    for i, line in enumerate(raw):
        if line.startswith('IL\t'):
            if not (i > 0 and raw[i - 1].startswith('#') and 'MENA' in raw[i - 1]):
                errors.append('region-map.tsv: the comment about filing Israel under MENA must be right above IL')
            if rmap.get('IL', [None])[0] != 'Palestine':
                warnings.append('region-map.tsv: IL is not filed under Palestine')

    # ---- gazetteer ----
    lines = list(data_lines(args.gazetteer))
    if not lines or lines[0][1].split('\t') != ['name', 'country', 'kind', 'prior', 'context']:
        errors.append('gazetteer.tsv: bad or missing header "name<TAB>country<TAB>kind<TAB>prior<TAB>context"')
    rows = []
    seen = Counter()
    used_codes = set()
    for n, line in lines[1:]:
        cols = line.split('\t')
        if len(cols) != 5:
            errors.append(f'gazetteer.tsv:{n}: expected 5 columns, got {len(cols)}')
            continue
        name, country, kind, prior, context = cols
        seen[line] += 1
        if not name.strip() or name != name.strip():
            errors.append(f'gazetteer.tsv:{n}: empty name or surrounding spaces')
        if kind not in KINDS:
            errors.append(f'gazetteer.tsv:{n}: bad kind {kind!r}')
        codes = country.split('|')
        for cc in codes:
            if not CODE.match(cc):
                errors.append(f'gazetteer.tsv:{n}: bad country code {cc!r}')
            elif cc not in rmap:
                errors.append(f'gazetteer.tsv:{n}: country {cc} not in region-map.tsv')
            used_codes.add(cc)
        if len(set(codes)) != len(codes):
            errors.append(f'gazetteer.tsv:{n}: repeated country code')
        p = None
        if prior:
            try:
                p = float(prior)
                if not 0 < p <= 1:
                    raise ValueError
            except ValueError:
                errors.append(f'gazetteer.tsv:{n}: prior {prior!r} not a number in (0,1]')
                p = None
        if context and not prior:
            warnings.append(f'gazetteer.tsv:{n}: context without prior ({name})')
        if context and any(not c.strip() for c in context.split(',')):
            errors.append(f'gazetteer.tsv:{n}: empty context cue')
        rows.append((n, name, country, kind, p, prior))
    for line, c in seen.items():
        if c > 1:
            errors.append(f'gazetteer.tsv: duplicate row x{c}: {line!r}')

    # Ambiguous names: several distinct (country, kind) readings need priors on every reading.
    by_name = defaultdict(list)
    for r in rows:
        by_name[norm(r[1])].append(r)
    ambiguous = 0
    for key, rs in sorted(by_name.items()):
        readings = {(r[2], r[3]) for r in rs}
        if any(r[4] is not None for r in rs) and any(r[4] is None for r in rs) and len(readings) == 1:
            errors.append(f'name {key!r} has rows with and without prior: ' +
                          ', '.join(f'{r[1]}/{r[2]}/{r[3]} (line {r[0]})' for r in rs))
        if len(readings) > 1:
            ambiguous += 1
            missing = [r for r in rs if r[4] is None]
            if missing:
                errors.append(f'ambiguous name {key!r} has readings without prior: ' +
                              ', '.join(f'{r[1]}/{r[2]}/{r[3]} (line {r[0]})' for r in missing))
        # sum of priors over distinct readings of the name
        per_reading = {}
        for r in rs:
            if r[4] is not None:
                per_reading[(r[2], r[3], r[1])] = r[4]
        # spelling variants that normalize alike count once per (country, kind)
        best = defaultdict(float)
        for (cc, kind, _), p in per_reading.items():
            best[(cc, kind)] = max(best[(cc, kind)], p)
        total = sum(best.values())
        if total > 1.05:
            errors.append(f'priors of {key!r} sum to {total:.2f} (> 1)')
        if len(readings) > 1 and total < 0.5:
            warnings.append(f'priors of ambiguous {key!r} sum to only {total:.2f}')

    # Coverage: every ISO 3166-1 code (plus XK) present as a country row.
    iso_codes = set()
    if os.path.exists(args.iso):
        with open(args.iso, encoding='utf-8') as f:
            iso_codes = {c['alpha_2'] for c in json.load(f)['3166-1']}
    else:
        warnings.append(f'{args.iso} not found (apt-get install iso-codes); using region-map codes')
        iso_codes = set(rmap) - {'XK'}
    iso_codes.add('XK')
    country_rows = {cc for r in rows if r[3] == 'country' for cc in r[2].split('|')}
    for cc in sorted(iso_codes - country_rows):
        errors.append(f'no kind=country row for {cc}')
    for cc in sorted(iso_codes - set(rmap)):
        errors.append(f'region-map.tsv lacks {cc}')
    for cc in sorted(set(rmap) - used_codes):
        warnings.append(f'region-map.tsv has {cc}, unused in the gazetteer')
    demonym_codes = {cc for r in rows if r[3] == 'demonym' for cc in r[2].split('|')}
    capital_codes = {cc for r in rows if r[3] == 'capital' for cc in r[2].split('|')}

    index = defaultdict(set)
    for r in rows:
        index[norm(r[1])].add(r[2])
    for name, cc in REQUIRED:
        if cc not in index.get(norm(name), set()):
            errors.append(f'required name {name!r} -> {cc} missing')

    kinds = Counter(r[3] for r in rows)
    print(f'gazetteer rows: {len(rows)}; distinct names: {len(by_name)}; ambiguous names: {ambiguous}; '
          f'rows with prior: {sum(1 for r in rows if r[4] is not None)}')
    print('rows per kind: ' + ', '.join(f'{k} {kinds[k]}' for k in sorted(KINDS)))
    print(f'region-map codes: {len(rmap)}; codes used in gazetteer: {len(used_codes)}')
    print(f'codes without demonym ({len(iso_codes - demonym_codes)}): ' + ' '.join(sorted(iso_codes - demonym_codes)))
    print(f'codes without capital ({len(iso_codes - capital_codes)}): ' + ' '.join(sorted(iso_codes - capital_codes)))
    for w in warnings[:50]:
        print('warning: ' + w)
    if len(warnings) > 50:
        print(f'... {len(warnings) - 50} more warnings')
    for e in errors[:200]:
        print('ERROR: ' + e)
    if errors:
        print(f'{len(errors)} error(s)')
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
