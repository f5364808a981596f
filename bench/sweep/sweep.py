#!/usr/bin/env python3
"""Malformed-request sweep: every HTTP endpoint with wrong types, missing members, empty strings, huge numbers,
negative and zero counts, unknown units/metrics/sets and bad spreadsheets/CSV; flags every answer that is a 5xx, is
not an RFC 9457 problem naming `field`, `value` and `expected`, carries a stack trace, or alters stored data.

  python3 bench/sweep/sweep.py http://127.0.0.1:5110 API_KEY [OUT.jsonl]

The key must be an admin key of a scratch database (`emissions keys create --org ORG --role admin` with the service's
Database__Path): the sweep stores one submission and one factor set, then tries to spoil them.
Prints counts and every flagged answer; exit 1 when something is flagged."""
import copy, io, json, sys, urllib.request, urllib.error, zipfile

BASE, KEY = sys.argv[1], sys.argv[2]
OUT = open(sys.argv[3], "w") if len(sys.argv) > 3 else None
AUTH = {"Authorization": f"Bearer {KEY}"}

CALC = {"organization": "Example Co", "period": "2022", "factorSet": "cn-2022", "headcount": "21,499",
        "revenue": "58,776,000,000 CNY", "floorArea": "36,861 m²",
        "fuels": [{"fuel": "diesel", "amount": "892.32 t", "region": "CN"}],
        "electricity": [{"amount": "715,200.83 MWh", "region": "CN-North", "renewable": "10 MWh"}],
        "heat": [{"amount": "20,256.68 GJ"}], "refrigerants": [{"gas": "R-410A", "released": "12 kg"}],
        "waste": [{"category": "hazardous", "amount": "1.07 t"}], "water": {"withdrawal": "205.27 万吨", "discharge": "56.22 万吨"},
        "dataCenters": [{"id": "dc-1", "facility": "120,000 MWh", "it": "95,000 MWh", "cooling": "18,000 MWh",
                         "powerLoss": "5,000 MWh", "water": "40,000 m³", "renewable": "10,000 MWh", "region": "CN-North"}],
        "overrides": [{"factor": "cn-mee/electricity/2022:north", "value": "0.5703 tCO2/MWh"}],
        "totals": {"energy.indirect": "721,117 MWh"},
        "uncertainty": {"inputs": {"electricity": "2%", "fuels": {"percent": "5%", "distribution": "uniform"}},
                        "factors": "ipcc", "seed": 1, "draws": 200}}
CHECK = {"organization": "Kuaishou", "period": "2020", "source": "report",
         "figures": [{"metric": "ghg.total", "value": "69.44", "unit": "萬噸", "label": "x"},
                     {"metric": "org.headcount", "value": "21,499", "unit": "人"},
                     {"id": "s1", "metric": "ghg.scope1", "value": "1", "unit": "t"},
                     {"metric": "dc.pue", "value": "1.2", "qualifier": "at-most", "site": "a"}],
         "relations": [{"id": "r1", "metric": "ghg_sum", "formula": "s1 + s1"}],
         "inputs": {"period": "2020", "region": "CN", "fuels": [{"fuel": "diesel", "amount": "892.32 t"}]},
         "options": {"materiality": "5%", "aboutTolerance": "5%", "factorSet": "cn-2020",
                     "factors": {"absorption-rate[forest]": "67 kgCO2/(mu·day)"},
                     "uncertainty": {"figures": "2%", "factors": "5%", "named": {"s1": "1%"}}}}
ATTR = {"period": "2022", "electricity": [{"amount": "1000 MWh", "region": "CN-North"}], "totals": {"ghg.scope2": "677.6 tCO2e"}}
FSET = {"id": "acme-sweep", "title": "Sweep", "description": "d",
        "editions": ["cn-mee/electricity/2022", "cn-guideline/fuels/2024", "cn-ndrc/public-building-guideline/trial",
                     "gbt-2589/calorific/2008-annex-a", "ipcc/gwp/ar5", "blends/refrigerants/2024"],
        "method": "cn", "gwp": "AR5", "ch4Convention": "single", "naturalGasRow": "oil-field",
        "electricity": {"location": "location-average", "residual": "residual-excl-market-non-fossil"},
        "fallbacks": {"regionToNational": True, "earlierDataYear": False}, "reportingYear": 2020}
SUB = {"kind": "inputs", "period": "2022", "factorSet": "cn-2022",
       "document": {"headcount": "21,499", "electricity": [{"amount": "715,200.83 MWh", "region": "CN-North"}]}}

BAD_VALUES = [("number", 5), ("negative", "-5"), ("zero", "0"), ("object", {"x": 1}), ("array", [1]), ("bool", True),
              ("null", None), ("empty", ""), ("blank", "   "), ("huge", "1e40"), ("hugeunit", "1e40 t"),
              ("unknownunit", "5 parsecs"), ("text", "lots"), ("nan", "NaN"), ("negunit", "-5 t"), ("longtext", "x" * 5000)]


def request(method, path, body=None, ctype="application/json", headers=None):
    data = body if isinstance(body, bytes) else (json.dumps(body, ensure_ascii=False).encode() if body is not None else None)
    h = {"Accept": "application/json", **(headers or {})}
    if data is not None:
        h["Content-Type"] = ctype
    req = urllib.request.Request(BASE + path, data=data, method=method, headers=h)
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()


def paths(doc, prefix="$"):
    """Every member path of a JSON document, with a setter and a deleter."""
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield prefix + "." + k, doc, k
            yield from paths(v, prefix + "." + k)
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            yield f"{prefix}[{i}]", doc, i
            yield from paths(v, f"{prefix}[{i}]")


def mutations(base):
    """(name, document): each member deleted, and each replaced by each bad value."""
    n = sum(1 for _ in paths(copy.deepcopy(base)))
    for i in range(n):
        doc = copy.deepcopy(base)
        p, parent, key = list(paths(doc))[i]
        if isinstance(parent, dict):
            del parent[key]
            yield f"{p} deleted", doc
        for name, value in BAD_VALUES:
            doc = copy.deepcopy(base)
            p, parent, key = list(paths(doc))[i]
            parent[key] = value
            yield f"{p} = {name}", doc


flagged, counts, puts, SID = [], {}, [], []


def judge(case, status, ctype, body, allow_ok=True):
    counts["requests"] = counts.get("requests", 0) + 1
    counts[status] = counts.get(status, 0) + 1
    text = body.decode("utf-8", "replace")
    problems = []
    if status >= 500:
        problems.append("5xx")
    if " at Emissions." in text or "Exception:" in text or "   at " in text:
        problems.append("stack trace")
    if 400 <= status < 500:
        if "problem+json" not in ctype:
            problems.append(f"not a problem ({ctype})")
        else:
            p = json.loads(text)
            for member in ("field", "expected", "detail"):
                if not p.get(member):
                    problems.append(f"no {member}")
            # A missing member has no value; a body that is not JSON has none to quote either; nor has a factor set
            # whose first error is a member it lacks (its errors[0] says so).
            first = (p.get("errors") or [{}])[0]
            lacks = "value" not in first and ("is missing" in first.get("message", "") or first.get("message", "").startswith("required"))
            if "value" not in p and not lacks and not p.get("type", "").endswith(("missing-field", "malformed-json", "too-deep")):
                problems.append("no value member")
    if status < 400 and not allow_ok:
        problems.append(f"accepted ({status})")
    rec = {"case": case, "status": status, "problems": problems, "body": text[:600]}
    if OUT:
        OUT.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if problems:
        flagged.append(rec)


def sweep_json(method, path, base, **kw):
    for name, doc in mutations(base):
        judge(f"{method} {path} {name}", *request(method, path, doc, **kw))


def raw_bodies(method, path, headers=None):
    for name, body, ctype in [("not json", b"{nope", "application/json"), ("empty body", b"", "application/json"),
                              ("array", b"[]", "application/json"), ("string", b'"x"', "application/json"),
                              ("deep", b"[" * 5000 + b"]" * 5000, "application/json"), ("bad utf8", b'{"a":"\xff"}', "application/json"),
                              ("csv header only", b"kind,amount\r\n", "text/csv"), ("csv garbage", b"\x00\x01\x02", "text/csv"),
                              ("csv bad kind", b"kind,amount,unit\r\nrocket,5,t\r\n", "text/csv"),
                              ("csv bad amount", b"kind,fuel,amount,unit\r\nfuel,diesel,lots,t\r\n", "text/csv"),
                              ("csv fuel no region", b"kind,fuel,amount,unit\r\nperiod,,2022,\r\nfactorSet,,cn-2022,\r\nfuel,diesel,5,t\r\n", "text/csv"),
                              ("csv heat no region", b"kind,amount,unit\r\nperiod,2022,\r\nfactorSet,cn-2022,\r\nheat,5,GJ\r\n", "text/csv"),
                              ("csv figures bad", b"metric,value,unit\r\nghg.nope,lots,t\r\n", "text/csv"),
                              ("xlsx not zip", b"PK\x03\x04garbage", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                              ("xlsx empty zip", empty_zip(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                              ("xml", b"<a/>", "application/xml")]:
        judge(f"{method} {path} raw {name}", *request(method, path, body, ctype, headers))


def empty_zip():
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w") as z:
        z.writestr("x.txt", "x")
    return b.getvalue()


def stored():
    return [request("GET", p, headers=AUTH)[2] for p in ("/v1/submissions", "/v1/factor-sets/acme-sweep", f"/v1/submissions/{SID[0]}/revisions/1")]


def main():
    sweep_json("POST", "/v1/calculations", CALC)
    raw_bodies("POST", "/v1/calculations")
    sweep_json("POST", "/v1/checks", CHECK)
    raw_bodies("POST", "/v1/checks")
    sweep_json("POST", "/v1/attributions", ATTR)
    raw_bodies("POST", "/v1/attributions")
    for q in ["trace=bogus", "trace=", "trace=full&trace=none"]:
        judge(f"POST /v1/calculations?{q}", *request("POST", f"/v1/calculations?{q}", CALC))
    for p in ["/v1/units?kind=Bogus", "/v1/schemas/nope", "/v1/factor-sets/nope", "/v1/factors/nope", "/v1/factors/%00",
              "/v1/factor-sets/cn-2022?version=abc", "/v1/factor-sets/cn-2022?version=-1", "/v1/factor-sets/cn-2022?version=99999999999",
              "/v1/metrics?x=1", "/v1/submissions?limit=-1", "/v1/submissions?limit=abc", "/v1/submissions?limit=0",
              "/v1/submissions?limit=99999999999", "/v1/submissions?after=zz", "/v1/submissions?period=",
              "/v1/submissions/nope", "/v1/submissions/nope/revisions", "/v1/submissions/nope/revisions/1",
              "/v1/submissions/nope/results", "/v1/calculations/template?x=1"]:
        judge(f"GET {p}", *request("GET", p, headers=AUTH))
    # stored data: one submission and one custom set, then every bad write must leave both as they were
    st, _, b = request("POST", "/v1/factor-sets", FSET, headers=AUTH)
    judge("POST /v1/factor-sets (valid)", st, "", b)
    st, _, b = request("POST", "/v1/submissions", SUB, headers=AUTH)
    judge("POST /v1/submissions (valid)", st, "", b)
    sid = json.loads(b)["id"]
    SID.append(sid)
    before = stored()
    sweep_json("POST", "/v1/factor-sets", {**FSET, "id": "acme-sweep2"}, headers=AUTH)
    sweep_json("POST", "/v1/submissions", SUB, headers=AUTH)
    for name, doc in mutations(SUB):
        st, ct, body = request("PUT", f"/v1/submissions/{sid}", doc, headers=AUTH)
        puts.append((name, st))
        judge(f"PUT /v1/submissions/{sid} {name}", st, ct, body)
    raw_bodies("PUT", f"/v1/submissions/{sid}", AUTH)
    raw_bodies("POST", "/v1/factor-sets", AUTH)
    for p in [f"/v1/submissions/{sid}/revisions/0", f"/v1/submissions/{sid}/revisions/-1", f"/v1/submissions/{sid}/revisions/abc",
              f"/v1/submissions/{sid}/revisions/99999999999", f"/v1/submissions/{sid}/results?revision=abc",
              f"/v1/submissions/{sid}/results?revision=0", f"/v1/submissions/{sid}/results?revision=7"]:
        judge(f"GET {p}", *request("GET", p, headers=AUTH))
    for p in ["/v1/keys/zz", "/v1/keys/"]:
        judge(f"DELETE {p}", *request("DELETE", p, headers=AUTH))
    after = stored()
    # A bad request stores nothing: the custom set is as it was, and the submission has revision 1 as stored plus one
    # revision per PUT the service accepted (a period "lots" is a label, so such PUTs are valid), none per refused one.
    accepted = sum(1 for c, st in puts if st < 300)
    revisions = json.loads(request("GET", f"/v1/submissions/{sid}/revisions", headers=AUTH)[2])["revisions"]
    if before[1] != after[1] or len(revisions) != 1 + accepted or json.loads(before[2])["contentHash"] != revisions[0]["contentHash"]:
        flagged.append({"case": "stored data altered by a bad request", "status": 0, "problems": ["stored data altered"],
                        "body": f"{len(revisions)} revisions, {accepted} PUTs accepted"})
    print(json.dumps({str(k): v for k, v in counts.items()}))
    for f in flagged:
        print(f["case"], f["status"], f["problems"], f["body"][:300].replace("\n", " "))
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
