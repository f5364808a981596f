# make_corpus.py DIR: a deterministic corpus of calculate requests whose outputs (json, csv, table under four factor
# sets) must stay byte-identical across refactorings of the calculation: the Kuaishou 2020 inputs with and without
# printed totals, a full inventory (every input kind, two data-center sites), a multi-site fleet, and bad inputs.
import copy, json, os, sys
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tests', 'fixtures')
out = sys.argv[1]
os.makedirs(out + '/good', exist_ok=True)
os.makedirs(out + '/bad', exist_ok=True)

def dump(kind, name, doc):
    json.dump(doc, open(f'{out}/{kind}/{name}.json', 'w'), ensure_ascii=False)

kuaishou = json.load(open(f'{root}/kuaishou-2020/inputs.json'))
dump('good', 'kuaishou-2020', kuaishou)
dump('good', 'kuaishou-2020-totals', json.load(open(f'{root}/kuaishou-2020/inputs-with-printed-totals.json')))

full = {
    "organization": "Example Co", "period": "2022", "factorSet": "cn-2022", "region": "CN",
    "headcount": "21,499", "headcountBasis": "average", "revenue": "58,776,000,000 CNY", "floorArea": "36,861 m²",
    "fuels": [{"fuel": "natural-gas", "amount": "273,431.40 m³"}, {"fuel": "diesel", "amount": "892.32 t"},
              {"fuel": "gasoline", "amount": "12.5 t"}, {"fuel": "diesel", "amount": "10 t"}],
    "electricity": [{"amount": "715,200.83 MWh", "region": "CN-North", "renewable": "1,000 MWh"},
                    {"amount": "12,000 MWh", "region": "CN-South"}],
    "heat": [{"amount": "20,256.68 GJ"}],
    "refrigerants": [{"gas": "R-410A", "released": "12 kg"}, {"gas": "HFC-134a", "released": "3.5 kg"}],
    "waste": [{"category": "hazardous", "amount": "1.07 t"}, {"category": "non-hazardous", "amount": "13,310 t"}],
    "water": {"withdrawal": "205.27 万吨", "discharge": "56.22 万吨"},
    "dataCenters": [
        {"id": "dc-1", "facility": "120,000 MWh", "it": "95,000 MWh", "cooling": "18,000 MWh", "powerLoss": "5,000 MWh",
         "water": "40,000 m³", "renewable": "10,000 MWh", "reused": "1,200 MWh", "region": "CN-North"},
        {"id": "dc-2", "facility": "61,000 MWh", "it": "47,000 MWh", "cooling": "9,100 MWh", "powerLoss": "2,300 MWh",
         "water": "21,000 t", "renewable": "3,000 MWh", "reused": "400 MWh", "region": "CN-South"}],
}
dump('good', 'full', full)
t = copy.deepcopy(full); t['totals'] = {"energy.indirect": "727,000 MWh", "ghg.total": "69.44 万吨", "waste.total": "13,311.07 t",
                                       "energy.total": "740,000 MWh", "water.discharge": "560,000 m³"}
dump('good', 'full-totals', t)
fleet = {"organization": "Fleet Co", "period": "2022", "factorSet": "cn-2022",
         "dataCenters": [{"id": f"site-{i}", "facility": f"{1000 + 37 * i} MWh", "it": f"{700 + 11 * i} MWh",
                          **({"cooling": f"{150 + i} MWh", "powerLoss": f"{40 + i} MWh"} if i % 3 else {}),
                          **({"water": f"{5000 + 13 * i} m³"} if i % 2 else {}),
                          **({"renewable": f"{100 + 7 * i} MWh"} if i % 4 else {}),
                          "region": ["CN-North", "CN-East", "CN-South", "CN"][i % 4]} for i in range(12)]}
dump('good', 'fleet', fleet)
uniform = copy.deepcopy(fleet)
for s in uniform['dataCenters']:
    s.update({"cooling": "150 MWh", "powerLoss": "40 MWh", "water": "5000 m³", "renewable": "100 MWh", "reused": "10 MWh"})
dump('good', 'fleet-uniform', uniform)
# 60 lines that share a handful of factor combinations: the uncertainty runs' draws collapse them (issue 15).
dump('good', 'many-lines', {"factorSet": "cn-2022", "period": "2022", "region": "CN", "headcount": "1,200",
    "electricity": [{"amount": f"{1000 + 3.37 * i:.2f} MWh", "region": ["CN-North", "CN-East", "CN-South"][i % 3],
                     **({"renewable": f"{10 + i} MWh"} if i % 5 == 0 else {})} for i in range(36)],
    "fuels": [{"fuel": ["diesel", "natural-gas"][i % 2], "amount": f"{12.5 + i * 0.125} t" if i % 2 == 0 else f"{2500 + 17 * i} m³"} for i in range(16)],
    "heat": [{"amount": f"{100 + i * 7.5} GJ"} for i in range(8)]})
dump('good', 'minimal', {"factorSet": "cn-2022", "electricity": [{"amount": "100 MWh", "region": "CN"}]})
dump('good', 'one-waste', {"factorSet": "cn-2022", "headcount": "10", "waste": [{"category": "hazardous", "amount": "2 t"}]})
dump('good', 'uk', {"factorSet": "uk-desnz-2024", "region": "GB", "fuels": [{"fuel": "diesel", "amount": "10 t"}],
                    "electricity": [{"amount": "500 MWh", "region": "GB"}], "headcount": "50",
                    "dataCenters": [{"id": "lon", "facility": "300 MWh", "it": "200 MWh", "region": "GB"}]})

bad = {
    'zero-it': lambda d: d['dataCenters'][0].update(it="0 MWh"),
    'facility-below-parts': lambda d: d['dataCenters'][0].update(facility="100,000 MWh"),
    'negative-fuel': lambda d: d['fuels'][0].update(amount="-5 m³"),
    'unknown-field': lambda d: d.update(color="blue"),
    'unknown-dc-field': lambda d: d['dataCenters'][0].update(pue="1.2"),
    'bad-unit': lambda d: d['electricity'][0].update(amount="5 parsecs"),
    'wrong-kind': lambda d: d['electricity'][0].update(amount="5 t"),
    'unknown-region': lambda d: d['electricity'][0].update(region="XX-Nowhere"),
    'unknown-dc-region': lambda d: d['dataCenters'][1].update(region="XX-Nowhere"),
    'zero-headcount': lambda d: d.update(headcount="0"),
    'zero-revenue': lambda d: d.update(revenue="0 CNY"),
    'unknown-fuel': lambda d: d['fuels'][0].update(fuel="peat"),
    'unknown-gas': lambda d: d['refrigerants'][0].update(gas="R-9999"),
    'unknown-waste': lambda d: d['waste'][0].update(category="radioactive"),
    'mixed-fuel-kinds': lambda d: d['fuels'].append({"fuel": "diesel", "amount": "5 m³"}),
    'duplicate-site': lambda d: d['dataCenters'][1].update(id="dc-1"),
    'missing-it': lambda d: d['dataCenters'][0].pop('it'),
    'unknown-total': lambda d: d.update(totals={"energy.bogus": "5 MWh"}),
    'wrong-kind-total': lambda d: d.update(totals={"ghg.total": "5 MWh"}),
    'no-factor-set': lambda d: d.pop('factorSet'),
    'unknown-factor-set': lambda d: d.update(factorSet="xx-1999"),
    'bad-override': lambda d: d.update(overrides=[{"factor": "nope", "value": "1 tCO2/MWh"}]),
    'string-number': lambda d: d.update(headcount=12),
    'not-an-object': lambda d: d.update(water=[1]),
    'overflow': lambda d: d['fuels'][0].update(amount="79,000,000,000,000,000,000,000,000,000 m³"),
    'renewable-above-facility': lambda d: d['dataCenters'][0].update(renewable="200,000 MWh"),
    'negative-water': lambda d: d['water'].update(withdrawal="-1 m³"),
    'headcount-basis': lambda d: d.update(headcountBasis="monthly"),
    'empty-site-id': lambda d: d['dataCenters'][0].update(id=""),
    'gwp-ar4': lambda d: d.update(gwp="AR4"),
    'site-without-region': lambda d: d['dataCenters'][0].pop('region'),
    'negative-it': lambda d: d['dataCenters'][0].update(it="-5 MWh"),
    'water-in-mwh': lambda d: d['dataCenters'][0].update(water="5 MWh"),
    'heat-in-tonnes': lambda d: d['heat'][0].update(amount="5 t"),
    'refrigerant-in-mwh': lambda d: d['refrigerants'][0].update(released="5 MWh"),
    'revenue-without-currency': lambda d: d.update(revenue="5"),
    'floor-area-in-tonnes': lambda d: d.update(floorArea="5 t"),
    'total-for-leaf': lambda d: d.update(totals={"dc.pue": "1.3"}),
}
for name, mutate in bad.items():
    d = copy.deepcopy(full); mutate(d); dump('bad', name, d)
