#!/usr/bin/env python3
"""The CLI half of the malformed-input sweep: every verb with bad arguments and bad files; flags every run that does
not exit 2 (1 for a check's material discrepancy) with one line on stderr naming a field, or that prints a stack trace.

  python3 bench/sweep/cli_sweep.py path/to/emissions.dll WORKDIR"""
import json, os, subprocess, sys

DLL, WORK = sys.argv[1], sys.argv[2]
os.makedirs(WORK, exist_ok=True)


def write(name, content):
    path = os.path.join(WORK, name)
    with open(path, "wb") as f:
        f.write(content if isinstance(content, bytes) else content.encode())
    return path


calc = {"period": "2022", "factorSet": "cn-2022", "electricity": [{"amount": "100 MWh", "region": "CN-North"}]}
files = {
    "heat-no-region.json": {"period": "2022", "factorSet": "cn-2022", "heat": [{"amount": "100 GJ"}]},
    "fuel-no-region.json": {"period": "2022", "factorSet": "cn-2022", "fuels": [{"fuel": "diesel", "amount": "10 t"}]},
    "fuel-bad-fuel.json": {**calc, "fuels": [{"fuel": "unobtainium", "amount": "10 t"}]},
    "neg-headcount.json": {**calc, "headcount": "-5"},
    "zero-headcount.json": {**calc, "headcount": "0"},
    "frac-headcount.json": {**calc, "headcount": "2.5"},
    "huge.json": {**calc, "electricity": [{"amount": "1e40 MWh", "region": "CN"}]},
    "bad-unit.json": {**calc, "electricity": [{"amount": "5 parsecs", "region": "CN"}]},
    "empty-region.json": {**calc, "electricity": [{"amount": "5 MWh", "region": ""}]},
    "number-region.json": {**calc, "electricity": [{"amount": "5 MWh", "region": 5}]},
    "unknown-set.json": {**calc, "factorSet": "cn-1999"},
    "unknown-member.json": {**calc, "rocket": 1},
    "empty-amount.json": {**calc, "electricity": [{"amount": "", "region": "CN"}]},
    "array-root.json": [],
    "check-bad-metric.json": {"figures": [{"metric": "ghg.nope", "value": "1", "unit": "t"}]},
    "check-bad-value.json": {"figures": [{"metric": "ghg.total", "value": "lots", "unit": "t"}]},
    "check-empty-figures.json": {"figures": []},
    "check-bad-qualifier.json": {"figures": [{"metric": "ghg.total", "value": "1", "unit": "t", "qualifier": "roughly"}]},
    "check-bad-formula.json": {"figures": [{"id": "a", "value": "1"}], "relations": [{"id": "r", "metric": "a", "formula": "a +"}]},
    "check-inputs-heat.json": {"figures": [{"metric": "ghg.total", "value": "1", "unit": "t"}],
                               "inputs": {"period": "2022", "factorSet": "cn-2022", "heat": [{"amount": "1 GJ"}]}},
    "attr-no-totals.json": {"period": "2022", "electricity": [{"amount": "1000 MWh", "region": "CN-North"}]},
    "attr-heat.json": {"period": "2022", "heat": [{"amount": "1000 GJ"}], "totals": {"ghg.scope2": "1 t"}},
}
for name, doc in files.items():
    write(name, json.dumps(doc))
write("bad.json", "{nope")
write("empty.json", "")
write("bad.csv", "kind,amount,unit\r\nrocket,5,t\r\n")
write("fuel-no-region.csv", "kind,fuel,amount,unit\r\nperiod,,2022,\r\nfactorSet,,cn-2022,\r\nfuel,diesel,5,t\r\n")
write("heat-no-region.csv", "kind,amount,unit\r\nperiod,2022,\r\nfactorSet,cn-2022,\r\nheat,5,GJ\r\n")
write("bad.xlsx", b"PK\x03\x04garbage")
write("meters-bad.csv", "period,carrier,amount,unit\r\n2022,electricity,lots,MWh\r\n")

J = lambda n: os.path.join(WORK, n)
cases = [["calculate", J(n)] for n in files if not n.startswith(("check-", "attr-"))]
cases += [["check", J(n)] for n in files if n.startswith("check-")]
cases += [["attribute", J(n)] for n in files if n.startswith("attr-")]
cases += [["calculate", J("bad.json")], ["calculate", J("empty.json")], ["calculate", J("nope.json")], ["calculate", J("bad.csv")],
          ["calculate", J("fuel-no-region.csv")], ["calculate", J("heat-no-region.csv")], ["calculate", J("bad.xlsx")],
          ["calculate", J("meters-bad.csv")], ["check", J("bad.json")], ["check", J("bad.xlsx")], ["attribute", J("bad.json")],
          ["calculate", J("neg-headcount.json"), "--format", "yaml"], ["calculate", J("neg-headcount.json"), "--trace", "bogus"],
          ["calculate", J("neg-headcount.json"), "--factor-set", "nope"], ["calculate", J("neg-headcount.json"), "--uncertainty", "bogus"],
          ["calculate", J("neg-headcount.json"), "--uncertainty", "electricity=abc"], ["calculate", J("neg-headcount.json"), "--uncertainty", "draws=5"],
          ["calculate", J("neg-headcount.json"), "--out", "/nonexistent/dir/x.xlsx"],
          ["check", J("check-bad-value.json"), "--materiality", "lots"], ["check", J("check-bad-value.json"), "--materiality", "-5%"],
          ["check", J("check-empty-figures.json"), "--factor", "nope"], ["check", J("check-empty-figures.json"), "--factor", "absorption-rate[forest]=5 parsecs"],
          ["convert", "5 parsecs", "t"], ["convert", "5 MWh", "t"], ["convert", "", "t"], ["convert", "1e40 t", "kg"], ["convert", "5 t"],
          ["convert", "5 t", "kg", "--number-format", "bogus"], ["units", "--kind", "Bogus"], ["units", "--format", "xml"],
          ["factors", "show", "nope"], ["factors", "list", "--set", "nope"], ["factors", "list", "--factors", "/nonexistent"],
          ["factors", "bogus"], ["template", "/nonexistent/dir/t.xlsx"], ["template", J("t.xlsx"), "--from", J("bad.json")],
          ["keys", "create", "--org", "", "--role", "admin"], ["keys", "create", "--org", "a", "--role", "god"],
          ["keys", "create", "--org", "a", "--role", "admin", "--expires", "tomorrow"], ["keys", "revoke", "--org", "a", "--prefix", "zz"],
          ["bogus"], ["calculate"], ["check"]]
# Unknown verbs and options, files that are empty, binary, a directory or missing, and a bad --format for every verb.
write("binary.json", bytes(range(256)) * 4)
write("binary.csv", b"\x00\xff\xfe" * 100)
write("bom-only.json", b"\xef\xbb\xbf")
write("utf16.json", json.dumps(calc).encode("utf-16"))
write("empty.csv", "")
os.makedirs(J("a-directory.json"), exist_ok=True)
cases += [["calculate", J("binary.json")], ["calculate", J("binary.csv")], ["calculate", J("bom-only.json")], ["calculate", J("utf16.json")],
          ["calculate", J("empty.csv")], ["calculate", J("a-directory.json")], ["check", J("empty.json")], ["check", J("binary.json")],
          ["check", J("a-directory.json")], ["check", J("nope.csv")], ["attribute", J("empty.json")], ["attribute", J("nope.json")],
          ["template", J("t2.xlsx"), "--from", J("nope.json")], ["template", J("t3.xlsx"), "--from", J("binary.json")],
          ["calculate", J("neg-headcount.json"), "--bogus"], ["check", J("check-bad-value.json"), "--format", "yaml"],
          ["attribute", J("attr-no-totals.json"), "--format", "csv"], ["factors", "list", "--format", "xml"], ["factors", "sets", "--format", "yaml"],
          ["units", "--indent", "--format", "csv"], ["convert", "5 t", "kg", "--bogus"], ["keys", "list"], ["keys", "list", "--org", ""],
          ["factors", "list", "--factors", J("empty.json")], ["--bogus"], ["calculate", "--format"], ["check", J("check-bad-value.json"), "--materiality"]]
# A factor directory with one broken edition: every error names file, JSON path, value and what was expected, on one line.
bad = os.path.join(WORK, "badfactors", "acme", "grid", "2024")
os.makedirs(bad, exist_ok=True)
write("badfactors/acme/grid/2024/manifest.json", json.dumps({"publisher": "acme", "dataset": "grid", "edition": "2023", "title": "t", "source": "s", "licence": "l"}))
write("badfactors/acme/grid/2024/factors.json", json.dumps({"factors": [
    {"id": "acme/grid/2024:a", "parameter": "emission-factor", "basis": "location-average", "value": "0.5", "unit": "GJ/t", "gas": "CO2",
     "applicability": {"carrier": "steam", "region": "CN", "dataYear": 2024, "reportingYears": [2025, 2020]}, "verification": "confirmed", "source": "s"},
    {"id": "acme/grid/2024:b", "parameter": "gwp", "value": "28", "unit": "tCO2e/t", "applicability": {"region": "CN", "ch4Convention": "single"},
     "verification": "confirmed", "source": "s"}]}))
os.makedirs(os.path.join(WORK, "emptyfactors", "acme", "grid", "2024"), exist_ok=True)
write("emptyfactors/acme/grid/2024/manifest.json", "")
write("emptyfactors/acme/grid/2024/factors.json", bytes(range(256)))
cases += [["factors", "list", "--factors", os.path.join(WORK, "badfactors")], ["factors", "list", "--factors", os.path.join(WORK, "emptyfactors")],
          ["calculate", J("neg-headcount.json"), "--factors", os.path.join(WORK, "badfactors")]]

flagged = 0
for args in cases:
    env = {**os.environ, "Database__Provider": "sqlite", "Database__Path": os.path.join(WORK, "db")}
    r = subprocess.run(["dotnet", DLL, *args], capture_output=True, text=True, env=env, timeout=300)
    err = r.stderr.strip()
    problems = []
    if r.returncode not in (1, 2) or (r.returncode == 1 and args[0] != "check"):
        problems.append(f"exit {r.returncode}")
    if "\n" in err:
        problems.append("more than one line")
    if "   at " in err or "Exception" in err:
        problems.append("stack trace")
    if r.returncode == 2 and "expected" not in err:
        problems.append("no expected")
    if r.returncode == 2 and args[0] == "factors" and "--factors" in args and err.count("expected") < err.count(".json"):
        problems.append("a factor-file error without expected")
    print(("FLAG " if problems else "ok   ") + " ".join(a.replace(WORK + "/", "") for a in args), r.returncode, problems, err[:400].replace("\n", " | "))
    flagged += bool(problems)
print(f"{len(cases)} runs, {flagged} flagged")
