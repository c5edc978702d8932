#!/usr/bin/python3
"""Independent check of Couverture's placements of the OCHA 3W (December 2023), for the person who reviews them.

Reads `match_report.csv` (from `couverture match --activities <3W>`), the 2015 polygons' attributes and the COD-PS
2018 cercle table (2019 codes with names). For each row, the expected cercle is the row's cercle name, else its
2019 cercle code read through the COD-PS; the expected commune is the row's commune name among that cercle's
communes. Prints the counts and, grouped by distinct place, the rows that disagree, so that a person can judge
them: placed in another cercle of the stated région (the commune named is there), in another région (counted
as wrong), or not checkable. Uses GDAL's Python bindings (Debian python3-gdal).

usage: scripts/checks/check_3w_placements.py match_report.csv [../shared/data]
"""
import collections
import csv
import re
import sys
import unicodedata

from osgeo import ogr


def fold(text):
    text = unicodedata.normalize('NFKD', text or '').encode('ascii', 'ignore').decode().lower()
    text = re.sub(r'[^a-z0-9]+', '', text)
    return {'baraoueli': 'baroueli', 'koulikouro': 'koulikoro'}.get(text, text)


def main():
    report = sys.argv[1]
    data = sys.argv[2] if len(sys.argv) > 2 else '../shared/data'
    boundaries = data + '/boundaries/mli_cod_ab_ocha_itos_2017/'
    cercles = ogr.Open(boundaries + 'mli_admbnda_adm2_gov_ocha_itos.shp')
    communes = ogr.Open(boundaries + 'mli_admbnda_adm3_gov_ocha.shp')
    cercle_by_name = {fold(f['admin2Name']): f['admin2Pcod'] for f in cercles.GetLayer()}
    communes_of = collections.defaultdict(dict)
    for f in communes.GetLayer():
        communes_of[f['admin2Pcod']][fold(f['admin3Name'])] = f['admin3Pcod']
    cercle_2019 = {}
    with open(data + '/population/mli_cod_ps_2018_v2/mli_pop_adm2_v2.csv', encoding='utf-8-sig') as table:
        for row in csv.DictReader(table):
            cercle_2019[row['admin2Pcode']] = row['admin2Name_fr']
    # 2019's région Ménaka is the 2015 cercle of Ménaka.
    cercle_by_name.setdefault('menaka', cercle_by_name.get('menaka'))
    counts = collections.Counter()
    groups = collections.defaultdict(list)
    with open(report, encoding='utf-8-sig') as table:
        rows = list(csv.DictReader(table))
    for r in rows:
        expected = None
        for name in (r['input_adm2_name'], cercle_2019.get(r['input_adm2_code'].strip(), ''),
                     r['input_adm1_name'] if fold(r['input_adm1_name']) == 'menaka' else ''):
            if fold(name) in cercle_by_name:
                expected = cercle_by_name[fold(name)]
                break
        same_region = r['region_pcode'][:4] == r['input_adm1_code'].strip()[:4] or (
            fold(r['input_adm1_name']) == 'menaka' and r['cercle_name'] == 'Menaka')
        commune = r['input_adm3_name']
        if expected is None:
            kind = 'not_checkable'
        elif r['cercle_pcode'] != expected:
            kind = 'other_cercle_same_region' if same_region else 'other_region'
        elif commune and commune != '#N/A' and communes_of[expected].get(fold(commune)) not in (None, r['commune_pcode']):
            kind = 'other_commune'
        else:
            kind = 'agrees'
        counts[kind] += 1
        if kind != 'agrees':
            groups[(kind, r['input_adm1_name'], r['input_adm2_name'], commune, r['cercle_name'], r['commune_name'],
                    r['method'], r['review'])].append(r['row'])
    print('rows', len(rows), dict(counts))
    for key, members in sorted(groups.items(), key=lambda item: (item[0][0], -len(item[1]))):
        print(len(members), ' | '.join(x or '' for x in key), '| rows', ','.join(members[:5]))


if __name__ == '__main__':
    main()
