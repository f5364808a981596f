# compare.py BEFORE AFTER: compares two captures of capture.sh, allowing only the changes ADR 0011 made on purpose —
# trace formula texts that became the catalogue relation's formula, and the note on a total of parts with a part not
# given (see RENAMED and the notes rule below). Prints the counts and every other difference; exit 1 if any.
# Files are read with newline='' so a CRLF/LF change in CSV or table output counts as a difference.
import json, os, re, sys
before, after = sys.argv[1], sys.argv[2]
RENAMED = {
    'energy.electricity + energy.heat (GJ → MWh at 3.6 GJ/MWh)': 'energy.electricity + energy.heat',
    'facility − IT − cooling − power loss': 'dc.energy.facility - dc.energy.it - dc.energy.cooling - dc.energy.power-loss',
    'Σ dc.water / Σ dc.energy.it': 'dc.water / dc.energy.it',
    'Σ dc.energy.renewable / Σ dc.energy.facility': 'dc.energy.renewable / dc.energy.facility',
    'Σ dc.energy.reused / Σ dc.energy.facility': 'dc.energy.reused / dc.energy.facility',
    'Σ dc.ghg / Σ dc.energy.it': 'dc.ghg / dc.energy.it',
}
def rename(text):
    for old, new in RENAMED.items():
        text = text.replace(old, new)
    return text
def notes(doc):
    # A total of parts with a part missing: "only one waste category was given" became "not given, counted as zero: …" for every such total.
    for m in doc.get('metrics', []) if isinstance(doc, dict) else []:
        m['trace']['notes'] = [n for n in m['trace']['notes'] if n != 'only one waste category was given' and not n.startswith('not given, counted as zero: ')]
    return doc
files = sorted(os.listdir(before))
same = renamed = other = 0
for f in files:
    a, b = open(os.path.join(before, f), encoding='utf-8', newline='').read(), open(os.path.join(after, f), encoding='utf-8', newline='').read()
    if a == b:
        same += 1; continue
    if f.endswith('.json') and a.startswith('{') and b.startswith('{'):
        ok = notes(json.loads(rename(a))) == notes(json.loads(b))
    else:
        ok = rename(a) == b
    if ok:
        renamed += 1
    else:
        other += 1; print('DIFFERS:', f)
print(f'{len(files)} files: {same} identical, {renamed} differing only in renamed formulas / partial-sum notes, {other} otherwise')
sys.exit(1 if other else 0)
