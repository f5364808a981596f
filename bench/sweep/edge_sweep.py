#!/usr/bin/env python3
"""The third malformed-input sweep: what sweep.py does not send. Raw request lines and headers over a socket (NUL,
bad percent-encoding, control characters, over-long lines and headers, bad Content-Length and Transfer-Encoding),
the request headers the service reads (Content-Type, Accept, Idempotency-Key, X-Request-Id, Authorization), duplicate
JSON keys at each level, numbers written as strings and strings as numbers, over-long arrays, and a GET of every stored
resource before and after, so a refused write is seen to store nothing.

  python3 bench/sweep/edge_sweep.py 127.0.0.1:5960 API_KEY [OUT.jsonl]

Flags every 5xx, every 4xx that is not an RFC 9457 problem with `field`, `expected` and `detail`, every refusal of a
valid request and every stored resource a refused request altered. Answers Kestrel gives before any application code
runs (the request line or headers cannot be parsed) are listed apart, as `kestrel`: they are documented limits
(README "Limits", docs/CONTRACT.md), not defects, and must stay bare 400/413/414/431 answers with no body."""
import copy, json, socket, sys

HOSTPORT, KEY = sys.argv[1], sys.argv[2]
OUT = open(sys.argv[3], "w") if len(sys.argv) > 3 else None
HOST, PORT = HOSTPORT.split(":")[0], int(HOSTPORT.split(":")[1])

CALC = {"period": "2022", "factorSet": "cn-2022", "headcount": "21,499",
        "electricity": [{"amount": "715,200.83 MWh", "region": "CN-North"}],
        "fuels": [{"fuel": "diesel", "amount": "892.32 t", "region": "CN"}]}
CHECK = {"period": "2020", "figures": [{"metric": "ghg.total", "value": "69.44", "unit": "萬噸"},
                                       {"metric": "org.headcount", "value": "21,499", "unit": "人"},
                                       {"metric": "ghg.total.per-employee", "value": "32.30", "unit": "噸/人"}]}
SUB = {"kind": "inputs", "period": "2022", "factorSet": "cn-2022",
       "document": {"headcount": "21,499", "electricity": [{"amount": "715,200.83 MWh", "region": "CN-North"}]}}
FSET = {"id": "acme-edge", "title": "Edge", "description": "d",
        "editions": ["cn-mee/electricity/2022", "cn-guideline/fuels/2024", "cn-ndrc/public-building-guideline/trial",
                     "gbt-2589/calorific/2008-annex-a", "ipcc/gwp/ar5", "blends/refrigerants/2024"],
        "method": "cn", "gwp": "AR5", "ch4Convention": "single", "naturalGasRow": "oil-field",
        "electricity": {"location": "location-average", "residual": "residual-excl-market-non-fossil"},
        "fallbacks": {"regionToNational": True, "earlierDataYear": False}, "reportingYear": 2020}


def raw(data, timeout=30):
    """Sends bytes as they are; returns (status, headers dict, body bytes)."""
    s = socket.create_connection((HOST, PORT), timeout=timeout)
    try:
        s.sendall(data)
        chunks = []
        while True:
            try:
                c = s.recv(65536)
            except (ConnectionResetError, socket.timeout):
                break
            if not c:
                break
            chunks.append(c)
            blob = b"".join(chunks)
            if b"\r\n\r\n" in blob:
                head, _, body = blob.partition(b"\r\n\r\n")
                h = parse_head(head)[1]
                if "content-length" in h and len(body) >= int(h["content-length"]):
                    break
                if h.get("transfer-encoding") == "chunked" and body.endswith(b"0\r\n\r\n"):
                    break
    finally:
        s.close()
    blob = b"".join(chunks)
    if not blob:
        return 0, {}, b""
    head, _, body = blob.partition(b"\r\n\r\n")
    status, headers = parse_head(head)
    if headers.get("transfer-encoding") == "chunked":
        body = dechunk(body)
    return status, headers, body


def parse_head(head):
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ")[1])
    headers = {}
    for line in lines[1:]:
        k, _, v = line.partition(":")
        headers[k.strip().lower()] = v.strip()
    return status, headers


def dechunk(body):
    out, rest = b"", body
    while rest:
        size, _, rest = rest.partition(b"\r\n")
        n = int(size, 16)
        if n == 0:
            break
        out, rest = out + rest[:n], rest[n + 2:]
    return out


def http(method, target, body=None, headers=None, ctype="application/json"):
    data = body if isinstance(body, bytes) else (json.dumps(body, ensure_ascii=False).encode() if body is not None else b"")
    h = {"Host": HOSTPORT, "Connection": "close", **(headers or {})}
    if body is not None and ctype is not None:
        h.setdefault("Content-Type", ctype)
    if body is not None:
        h.setdefault("Content-Length", str(len(data)))
    head = f"{method} {target} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in h.items()) + "\r\n"
    return raw(head.encode("utf-8") + data)


AUTH = {"Authorization": f"Bearer {KEY}"}
flagged, kestrel, counts = [], [], {}


def judge(case, answer, ok=False, bare=False):
    """ok: a valid request that must succeed; bare: a request Kestrel refuses before the application runs."""
    status, headers, body = answer
    counts[status] = counts.get(status, 0) + 1
    ctype = headers.get("content-type", "")
    text = body.decode("utf-8", "replace")
    problems = []
    if bare and status >= 400 and len(body) == 0 and "x-request-id" not in headers:
        # Kestrel answered before the application ran (documented limit): listed apart, not judged.
        kestrel.append({"case": case, "status": status})
        rec = {"case": case, "status": status, "problems": [], "body": "", "kestrel": True}
        if OUT:
            OUT.write(json.dumps(rec, ensure_ascii=False) + "\n")
        return status, text
    if status == 0:
        problems.append("no answer")
    if status >= 500:
        problems.append("5xx")
    if "   at " in text or "Exception:" in text:
        problems.append("stack trace")
    if ok and not 200 <= status < 300:
        problems.append(f"valid request refused ({status})")
    if 400 <= status < 500:
        if "problem+json" in ctype:
            p = json.loads(text)
            for member in ("field", "expected", "detail"):
                if not p.get(member):
                    problems.append(f"no {member}")
        else:
            problems.append(f"not a problem ({ctype or 'no content type'}, {len(body)} bytes)")
    rec = {"case": case, "status": status, "problems": problems, "body": text[:400]}
    if OUT:
        OUT.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if problems:
        flagged.append(rec)
    return status, text


def request_line_and_headers():
    for name, target in [("NUL", "/v1/factors/%00"), ("NUL raw", "/v1/factors/\x00"), ("bad percent %zz", "/v1/factors/%zz"),
                         ("truncated percent", "/v1/factors/%4"), ("overlong UTF-8 %C0%AF", "/v1/factors/%C0%AF"),
                         ("invalid UTF-8 %FF", "/v1/factors/%FF"), ("encoded slash", "/v1/factors/cn-mee%2Felectricity%2F2022:national"),
                         ("control char %01", "/v1/factors/%01"), ("DEL %7F", "/v1/factors/%7F"), ("dot segments", "/v1/../v1/units"),
                         ("query NUL", "/v1/units?kind=%00"), ("query bad percent", "/v1/units?kind=%zz"), ("space", "/v1/fac tors"),
                         ("tab", "/v1/factors/\tx"), ("8 KiB path", "/v1/factors/" + "a" * 8200), ("64 KiB path", "/v1/factors/" + "a" * 66000)]:
        judge(f"GET {name}", raw(f"GET {target} HTTP/1.1\r\nHost: {HOSTPORT}\r\nConnection: close\r\n\r\n".encode("latin-1")), bare=True)
    body = json.dumps(CALC).encode()
    for name, head in [("Content-Length abc", "Content-Length: abc"), ("Content-Length -1", "Content-Length: -1"),
                       ("two Content-Lengths", f"Content-Length: {len(body)}\r\nContent-Length: 5"),
                       ("Content-Length and chunked", f"Content-Length: {len(body)}\r\nTransfer-Encoding: chunked"),
                       ("Transfer-Encoding bogus", "Transfer-Encoding: bogus"), ("header name with space", f"Content-Length: {len(body)}\r\nBad Name: x"),
                       ("header without colon", f"Content-Length: {len(body)}\r\nNoColon"), ("header NUL", f"Content-Length: {len(body)}\r\nX-A: a\x00b"),
                       ("40 KiB header", f"Content-Length: {len(body)}\r\nX-Big: " + "a" * 40000),
                       ("200 headers", f"Content-Length: {len(body)}\r\n" + "".join(f"X-H{i}: v\r\n" for i in range(200)).rstrip("\r\n")),
                       ("no Host", None)]:
        if head is None:
            data = f"POST /v1/calculations HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body
        else:
            data = (f"POST /v1/calculations HTTP/1.1\r\nHost: {HOSTPORT}\r\nContent-Type: application/json\r\nConnection: close\r\n{head}\r\n\r\n").encode("latin-1") + body
        judge(f"POST {name}", raw(data), bare=True)
    judge("GET HTTP/1.2", raw(f"GET /v1/units HTTP/1.2\r\nHost: {HOSTPORT}\r\n\r\n".encode()), bare=True)
    judge("GET lowercase method", raw(f"get /v1/units HTTP/1.1\r\nHost: {HOSTPORT}\r\nConnection: close\r\n\r\n".encode()), bare=True)


def content_types():
    for ctype in [None, "text/plain", "application/xml", "application/json; charset=latin1", "application/json; charset=utf-16",
                  "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/jsonx", "", "application/json;;;"]:
        for path, body in [("/v1/calculations", CALC), ("/v1/checks", CHECK), ("/v1/attributions", {**CALC, "totals": {"ghg.scope2": "1 t"}})]:
            headers = {} if ctype is None else {"Content-Type": ctype}
            judge(f"POST {path} Content-Type {ctype!r}", http("POST", path, body, headers, ctype=None))
        judge(f"POST /v1/submissions Content-Type {ctype!r}", http("POST", "/v1/submissions", SUB, {**AUTH, **({} if ctype is None else {"Content-Type": ctype})}, ctype=None))
    judge("POST /v1/calculations BOM", http("POST", "/v1/calculations", b"\xef\xbb\xbf" + json.dumps(CALC).encode()))
    judge("POST /v1/calculations UTF-16", http("POST", "/v1/calculations", json.dumps(CALC).encode("utf-16")))
    judge("POST /v1/calculations NUL in string", http("POST", "/v1/calculations", json.dumps({**CALC, "organization": "a\u0000b"}).encode()))
    judge("POST /v1/calculations lone surrogate", http("POST", "/v1/calculations", b'{"organization": "\\ud800", "period": "2022"}'))


def accept_headers():
    for accept in ["application/xml", "text/html", "image/png", "*/*;q=0", "text/csv;q=abc", ";;;", "application/json;q=2", "", "text/*", "application/problem+json"]:
        for path, body in [("/v1/calculations", CALC), ("/v1/checks", CHECK)]:
            judge(f"POST {path} Accept {accept!r}", http("POST", path, body, {"Accept": accept}))
        judge(f"GET /v1/units Accept {accept!r}", http("GET", "/v1/units", headers={"Accept": accept}))


def auth_headers():
    for name, h in [("empty bearer", {"Authorization": "Bearer "}), ("basic", {"Authorization": "Basic YTpi"}), ("garbage", {"Authorization": "x"}),
                    ("two keys", {**AUTH, "X-Api-Key": "em_other"}), ("X-Api-Key empty", {"X-Api-Key": ""}),
                    ("X-Request-Id 200 chars", {"X-Request-Id": "a" * 200}), ("X-Request-Id non-ASCII", {"X-Request-Id": "é"})]:
        judge(f"GET /v1/submissions {name}", http("GET", "/v1/submissions", headers=h))


def duplicate_keys():
    text = json.dumps(CALC)
    for name, body in [("root", text[:-1] + ', "period": "2023"}'), ("line", text.replace('"region": "CN-North"', '"region": "CN-North", "region": "CN-East"')),
                       ("factorSet twice", '{"factorSet": "cn-2022", "factorSet": "cn-2023", "period": "2022"}')]:
        judge(f"POST /v1/calculations duplicate {name}", http("POST", "/v1/calculations", body.encode()))
    ctext = json.dumps(CHECK)
    judge("POST /v1/checks duplicate figure value", http("POST", "/v1/checks", ctext.replace('"value": "69.44"', '"value": "69.44", "value": "1"').encode()))
    judge("POST /v1/checks duplicate period", http("POST", "/v1/checks", (ctext[:-1] + ', "period": "2021"}').encode()))
    stext = json.dumps(SUB)
    judge("POST /v1/submissions duplicate kind", http("POST", "/v1/submissions", stext.replace('"kind": "inputs"', '"kind": "inputs", "kind": "report"').encode(), AUTH))
    ftext = json.dumps({**FSET, "id": "acme-edge-dup"})
    judge("POST /v1/factor-sets duplicate gwp", http("POST", "/v1/factor-sets", ftext.replace('"gwp": "AR5"', '"gwp": "AR5", "gwp": "AR6"').encode(), AUTH))


def numbers_and_strings():
    for path, value in [("headcount", 21499), ("headcount", 1e400), ("headcount", -0.0), ("period", 2022), ("factorSet", 2022)]:
        judge(f"POST /v1/calculations {path}={value!r}", http("POST", "/v1/calculations", json.dumps({**CALC, path: value}).replace("Infinity", "1e400").encode()))
    for value in [2020, "2020", 2020.5, "abc", 1e40, -1]:
        judge(f"POST /v1/factor-sets reportingYear={value!r}", http("POST", "/v1/factor-sets", {**FSET, "id": "acme-edge-ry", "reportingYear": value}, AUTH))
    for name, doc in [("seed string", {"uncertainty": {"seed": "1", "draws": 200}}), ("draws string", {"uncertainty": {"draws": "200"}}),
                      ("draws 0", {"uncertainty": {"draws": 0}}), ("draws huge", {"uncertainty": {"draws": 10 ** 12}}),
                      ("draws fraction", {"uncertainty": {"draws": 2.5}}), ("seed negative", {"uncertainty": {"seed": -1}})]:
        judge(f"POST /v1/calculations uncertainty {name}", http("POST", "/v1/calculations", {**CALC, **doc}))
    for value in ["NaN", "Infinity", "-Infinity", "1e-30", "0x10", "1_000", "١٢٣"]:
        judge(f"POST /v1/calculations amount {value}", http("POST", "/v1/calculations", {**CALC, "electricity": [{"amount": f"{value} MWh", "region": "CN"}]}))
        judge(f"POST /v1/checks value {value}", http("POST", "/v1/checks", {"figures": [{"metric": "ghg.total", "value": value, "unit": "t"}]}))
    judge("POST /v1/calculations NaN literal", http("POST", "/v1/calculations", b'{"period": "2022", "headcount": NaN}'))


def long_arrays():
    many = {"figures": [{"metric": "ghg.total", "value": "1", "unit": "t"}] * 10001}
    judge("POST /v1/checks 10,001 figures", http("POST", "/v1/checks", many))
    judge("POST /v1/calculations 10,001 lines", http("POST", "/v1/calculations", {**CALC, "electricity": [{"amount": "1 MWh", "region": "CN"}] * 10001}))
    judge("POST /v1/calculations 2 MiB body", http("POST", "/v1/calculations", {**CALC, "organization": "x" * (2 << 20)}))
    judge("POST /v1/checks deep", http("POST", "/v1/checks", b'{"figures": ' + b"[" * 200 + b"]" * 200 + b"}"))


def stored_resources(sid):
    paths = ["/v1/submissions", f"/v1/submissions/{sid}", f"/v1/submissions/{sid}/revisions", f"/v1/factor-sets/acme-edge", "/v1/factor-sets"]
    return {p: http("GET", p, headers=AUTH)[2] for p in paths}


def idempotency_and_writes(sid):
    for name, value in [("empty", ""), ("256 chars", "a" * 256), ("space inside", "a b"), ("non-ASCII", "ключ"), ("quote only", '"'),
                        ("two headers", None), ("control char", "a\x01b")]:
        data = json.dumps(SUB).encode()
        keys = "Idempotency-Key: a\r\nIdempotency-Key: b\r\n" if value is None else f"Idempotency-Key: {value}\r\n"
        for method, target in [("POST", "/v1/submissions"), ("PUT", f"/v1/submissions/{sid}")]:
            head = (f"{method} {target} HTTP/1.1\r\nHost: {HOSTPORT}\r\nConnection: close\r\nAuthorization: Bearer {KEY}\r\n"
                    f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n{keys}\r\n")
            judge(f"{method} {target.replace(sid, '{id}')} Idempotency-Key {name}", raw(head.encode("utf-8") + data), bare=True)
    # a key reused with another body: refused, and the first receipt stays
    judge("POST /v1/submissions Idempotency-Key first", http("POST", "/v1/submissions", SUB, {**AUTH, "Idempotency-Key": "edge-1"}), ok=True)
    judge("POST /v1/submissions Idempotency-Key reused", http("POST", "/v1/submissions", {**SUB, "period": "2023"}, {**AUTH, "Idempotency-Key": "edge-1"}))
    for name, headers in [("If-Match wrong", {"If-Match": '"nope"'}), ("If-None-Match *", {"If-None-Match": "*"})]:
        st, _ = judge(f"PUT /v1/submissions/{{id}} {name}", http("PUT", f"/v1/submissions/{sid}", {**SUB, "period": "2024"}, {**AUTH, **headers}))
        if 200 <= st < 300:
            flagged.append({"case": f"PUT {name}", "status": st, "problems": ["precondition ignored: a revision was stored"], "body": ""})
    for sub in ["%00", "%zz", "a" * 300, "00000000-0000-0000-0000-000000000000", "-1", "1e3"]:
        judge(f"GET /v1/submissions/{sub[:20]}", http("GET", f"/v1/submissions/{sub}", headers=AUTH), bare=True)
        judge(f"PUT /v1/submissions/{sub[:20]}", http("PUT", f"/v1/submissions/{sub}", SUB, AUTH), bare=True)
    for n in ["0", "-1", "1.0", "01", "99999999999", "%20"]:
        judge(f"GET /v1/submissions/{{id}}/revisions/{n}", http("GET", f"/v1/submissions/{sid}/revisions/{n}", headers=AUTH))
    for q in ["limit=1&limit=2", "after=", "limit=%00", "period=%FF", "limit=1e3", "limit= 5"]:
        judge(f"GET /v1/submissions?{q}", http("GET", f"/v1/submissions?{q}", headers=AUTH), bare=True)


def main():
    request_line_and_headers()
    content_types()
    accept_headers()
    auth_headers()
    duplicate_keys()
    numbers_and_strings()
    long_arrays()
    judge("POST /v1/factor-sets (valid)", http("POST", "/v1/factor-sets", FSET, AUTH), ok=True)
    st, text = judge("POST /v1/submissions (valid)", http("POST", "/v1/submissions", SUB, AUTH), ok=True)
    sid = json.loads(text)["id"]
    before = stored_resources(sid)
    idempotency_and_writes(sid)
    for name, body in [("empty", b""), ("not JSON", b"{"), ("array", b"[]"), ("kind number", json.dumps({**SUB, "kind": 5}).encode()),
                       ("document string", json.dumps({**SUB, "document": "x"}).encode()), ("unknown member", json.dumps({**SUB, "x": 1}).encode())]:
        judge(f"PUT /v1/submissions/{{id}} {name}", http("PUT", f"/v1/submissions/{sid}", body, AUTH))
        judge(f"POST /v1/factor-sets {name}", http("POST", "/v1/factor-sets", body if name != "kind number" else json.dumps({**FSET, "gwp": 5}).encode(), AUTH))
    after = stored_resources(sid)
    for p in before:
        if p.startswith("/v1/submissions") and p != f"/v1/submissions/{sid}/revisions" and p != f"/v1/submissions/{sid}" and p != "/v1/submissions":
            continue
        # Accepted writes in this sweep: POSTs of the valid submission (with keys) add submissions, so only the stored
        # set and this submission's first revision must be byte-identical.
        if p in ("/v1/factor-sets/acme-edge",) and before[p] != after[p]:
            flagged.append({"case": f"stored {p} altered", "status": 0, "problems": ["stored data altered"], "body": ""})
    revs_before = json.loads(before[f"/v1/submissions/{sid}/revisions"])["revisions"]
    revs_after = json.loads(after[f"/v1/submissions/{sid}/revisions"])["revisions"]
    if revs_after[: len(revs_before)] != revs_before:
        flagged.append({"case": "stored revisions altered", "status": 0, "problems": ["stored data altered"], "body": ""})
    print(json.dumps({str(k): v for k, v in sorted(counts.items())}), f"revisions {len(revs_before)} -> {len(revs_after)}")
    print(f"kestrel (bare, before the application): {len(kestrel)}")
    for k in kestrel:
        print("  ", k["case"], k["status"])
    for f in flagged:
        print("FLAG", f["case"], f["status"], f["problems"], f["body"][:300].replace("\n", " "))
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
