# make_corpus.py DIR: a deterministic corpus of check requests (the fixtures, the Kuaishou report with inputs,
# 240 mutations of the fixtures, one wide report and 12 long sums) whose outputs must stay byte-identical across optimisations.
import copy, json, os, random, sys
from decimal import Decimal
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tests', 'fixtures')
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
names = ['kuaishou-2020', 'kuaishou-2019', 'douyin-2022', 'bytedance-2020']
base = {n: json.load(open(f'{root}/{n}/report.json')) for n in names}
for n in names:
    json.dump(base[n], open(f'{out}/{n}.json', 'w'), ensure_ascii=False)
# with inputs (factor set needed)
r = copy.deepcopy(base['kuaishou-2020']); r['options']['factorSet'] = 'cn-2020'
r['inputs'] = json.load(open(f'{root}/kuaishou-2020/inputs.json'))
json.dump(r, open(f'{out}/kuaishou-2020-inputs.json', 'w'), ensure_ascii=False)

quals = [None, 'exact', 'below', 'at-most', 'above', 'at-least', 'about', 'nearly', '约', '≤']
units = {'萬噸': ['萬噸', '噸', 't', 'kt', '万吨'], '兆瓦時': ['兆瓦時', 'MWh', 'kWh', 'GWh'], '噸': ['噸', 't', 'kg'],
         '吉焦': ['吉焦', 'GJ', 'MJ'], '噸 / 人': ['噸 / 人', 't/人', 'kg/人'], '千克 / 人': ['千克 / 人', 'kg/人', 't/人'],
         '兆瓦時 / 人': ['兆瓦時 / 人', 'MWh/人', 'kWh/人']}
formulas = ['(1 - ulanqab_pue / uptime_2020_pue) * 100', 'ghg_total / headcount', 'energy_direct + energy_indirect',
            'water_withdrawal - water_discharge', 'energy_electricity * 2', '(energy_total - energy_direct) / headcount',
            'rented_pue / ulanqab_pue * 100', 'oasis_m2', 'stair_floors * 0.2', 'unknown_figure + 1']

def fmt(d, scale, sep):
    q = Decimal(1).scaleb(-scale)
    s = str(abs(d).quantize(q))
    neg = d < 0
    if sep:
        ip, _, fp = s.partition('.')
        ip = f'{int(ip):,}'
        s = ip + ('.' + fp if fp else '')
    return ('-' if neg else '') + s

def mutate_value(v, rng):
    plain = v.replace(',', '')
    d = Decimal(plain)
    scale = len(plain.partition('.')[2])
    k = rng.random()
    if k < 0.4:
        d = d * Decimal(str(round(rng.uniform(0.9, 1.1), 6)))
    elif k < 0.55:
        d = d * Decimal(str(round(rng.uniform(0.999, 1.001), 6)))
    elif k < 0.65:
        scale = rng.choice([0, 1, 2, 3, 4])
    elif k < 0.75:
        d = (d * 1000).quantize(Decimal(1)) * 1000; scale = 0
    elif k < 0.8:
        d = Decimal(0)
    elif k < 0.85:
        d = -d
    elif k < 0.9:
        d = d * Decimal(10) ** rng.randint(-6, 9)
    return fmt(d, scale, rng.random() < 0.5)

for i in range(240):
    rng = random.Random(i)
    n = names[i % 4] if i % 5 else 'kuaishou-2020'
    r = copy.deepcopy(base[n])
    figs = r['figures']
    for f in figs:
        if rng.random() < 0.35:
            f['value'] = mutate_value(f['value'], rng)
        if rng.random() < 0.12:
            q = rng.choice(quals)
            if q is None: f.pop('qualifier', None)
            else: f['qualifier'] = q
        if rng.random() < 0.15 and f.get('unit') in units:
            f['unit'] = rng.choice(units[f['unit']])
    if rng.random() < 0.2:
        del figs[rng.randrange(len(figs))]
    if rng.random() < 0.3:
        r['options']['materiality'] = rng.choice(['0%', '0.01%', '1%', '5%', '50%', '0.05'])
    if rng.random() < 0.3:
        r['options']['aboutTolerance'] = rng.choice(['0%', '1%', '10%', '20%'])
    if rng.random() < 0.3:
        rel = r.setdefault('relations', [])
        for j in range(rng.randint(1, 3)):
            target = rng.choice(figs)['id'] if figs else 'x'
            rel.append({'id': f'rel{j}', 'metric': target, 'formula': rng.choice(formulas)})
    json.dump(r, open(f'{out}/v{i:03d}-{n}.json', 'w'), ensure_ascii=False)

# one big request: all fixtures' figures merged, repeated (distinct ids), as a wide report
big = copy.deepcopy(base['kuaishou-2020'])
allf = []
for rep in range(8):
    for n in names:
        for f in base[n]['figures']:
            g = dict(f); g['id'] = f"{f['id']}_{rep}" if rep else f['id']
            if rep: g['period'] = str(2000 + rep)
            allf.append(g)
big['figures'] = allf
json.dump(big, open(f'{out}/big.json', 'w'), ensure_ascii=False)
# long sums: one figure checked against a sum of 50 or 200 others (implied values are solved for every term), exact
# and with a gap, written with + and as sum(…), with a few terms in GJ (a conversion line each), some qualified
# "about", some with minus signs and multiplied terms (a compiled part as the other operand of a rearrangement step)
def long_sum(n, gap, form):
    rng = random.Random(1000 + n)
    figs, terms, total = [], [], Decimal(0)
    for k in range(n):
        fid = f'a{k:03d}'
        v = Decimal(rng.randint(100, 99999)) / 100
        unit = '吉焦' if k % 17 == 5 else '兆瓦時'
        f = {'id': fid, 'value': fmt(v, 2, k % 3 == 0), 'unit': unit}
        if k % 23 == 7: f['qualifier'] = 'about'
        figs.append(f)
        mwh = v / Decimal('3.6') if unit == '吉焦' else v
        if form == 'mixed' and k % 4 == 3:
            terms.append(f'- {fid}'); total -= mwh
        elif form == 'mixed' and k % 5 == 2:
            terms.append(f'+ {fid} * 2'); total += 2 * mwh
        else:
            terms.append(f'+ {fid}'); total += mwh
    total = total.quantize(Decimal('0.01')) + (Decimal('123.45') if gap else 0)
    figs.insert(0, {'id': 'total', 'value': fmt(total, 2, True), 'unit': '兆瓦時'})
    if form == 'sum':
        formula = 'sum(' + ', '.join(t.split()[1] for t in terms) + ')'
    else:
        formula = ' '.join(terms)[2:]
    return {'organization': 'Long Sum Co', 'period': '2020', 'figures': figs,
            'relations': [{'id': 'sum', 'metric': 'total', 'formula': formula}]}
for n in (50, 200):
    for gap in (False, True):
        for form in ('plus', 'sum', 'mixed'):
            json.dump(long_sum(n, gap, form), open(f'{out}/longsum-{n}-{form}{"-gap" if gap else ""}.json', 'w'), ensure_ascii=False)
print(len(os.listdir(out)))
