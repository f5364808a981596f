using System.Text;

namespace Emissions.Api.Tests.BadInput;

/// <summary>
/// Requests the service must refuse with a 4xx problem document that names the offending field.
/// Malformed JSON, empty bodies, wrong media types, wrong root types, deep nesting, duplicate and
/// unknown fields, oversize bodies and too many entries, wrong types and values in every envelope
/// field, huge numbers, bad query and path parameters, unknown factor sets, missing or wrong keys.
/// Calculate documents the real module refuses (unknown fuel, wrong unit kind, negative amount,
/// unknown region, unknown factor set, bad override id, zero headcount, IT above facility …), each at
/// its JSON path; the service maps the module's exceptions by type.
/// The corpus factory runs with Limits:MaxBodyBytes = 65536 and Limits:MaxFigures = 100.
/// </summary>
public static class BadInputCorpus
{
    public const int MaxBodyBytes = 65_536;
    public const int MaxFigures = 100;

    private const string Calc = "/v1/calculations";
    private const string Check = "/v1/checks";
    private const string Subs = "/v1/submissions";
    private const string Put = "/v1/submissions/{id}";
    private const string Sets = "/v1/factor-sets";

    public static IReadOnlyList<BadRequest> All { get; } = Build();

    private static List<BadRequest> Build()
    {
        var list = new List<BadRequest>();
        void Add(BadRequest request) => list.Add(request);
        void Post(string name, string path, string body, int status, string slug, string field) => Add(new BadRequest(name, "POST", path, body, status, slug, field));

        // Malformed JSON: 400 malformed-json at the path where reading stopped.
        Post("malformed: lone brace", Calc, "{", 400, "malformed-json", "$");
        Post("malformed: missing value", Calc, """{"a":}""", 400, "malformed-json", "$.a");
        Post("malformed: missing colon", Calc, """{"a" 1}""", 400, "malformed-json", "$");
        Post("malformed: unterminated array", Calc, "[1,2", 400, "malformed-json", "$[1]");
        Post("malformed: trailing comma in object", Calc, """{"a":1,}""", 400, "malformed-json", "$.a");
        Post("malformed: single quotes", Calc, "{'a':1}", 400, "malformed-json", "$");
        Post("malformed: bad literal true", Calc, """{"a":tru}""", 400, "malformed-json", "$.a");
        Post("malformed: bad literal null", Check, """{"a":nul}""", 400, "malformed-json", "$.a");
        Post("malformed: unterminated string", Check, """{"a":"unterminated}""", 400, "malformed-json", "$.a");
        Post("malformed: two documents", Check, """{"a":1} {"b":2}""", 400, "malformed-json", "$");
        Post("malformed: comment", Check, "// note\n{}", 400, "malformed-json", "$");
        Post("malformed: leading zero", Calc, """{"a":01}""", 400, "malformed-json", "$.a");
        Post("malformed: trailing decimal point", Calc, """{"a":1.}""", 400, "malformed-json", "$.a");
        Post("malformed: lone minus", Calc, """{"a":-}""", 400, "malformed-json", "$.a");
        Post("malformed: NaN", Check, """{"a":NaN}""", 400, "malformed-json", "$.a");
        Post("malformed: Infinity", Check, """{"a":Infinity}""", 400, "malformed-json", "$.a");
        Post("malformed: raw control character", Calc, "{\"a\":\"x\u0001y\"}", 400, "malformed-json", "$.a");
        Post("malformed: short unicode escape", Calc, """{"a":"\u12"}""", 400, "malformed-json", "$.a");
        Post("malformed: unknown escape", Calc, """{"a":"\q"}""", 400, "malformed-json", "$.a");
        Post("malformed: exponent without digits", Calc, """{"a":1e}""", 400, "malformed-json", "$.a");
        Post("malformed: fraction without integer", Calc, """{"a":.5}""", 400, "malformed-json", "$.a");
        Post("malformed: unquoted key", Check, "{a:1}", 400, "malformed-json", "$");
        Post("malformed: extra closing brace", Check, """{"a":1}}""", 400, "malformed-json", "$");
        Post("malformed: figure without value", Check, """{"figures":[{"metric":"ghg.total","value":}]}""", 400, "malformed-json", "$.figures[0].value");
        Post("malformed: trailing comma in figures", Check, """{"figures":[{"metric":"ghg.total"},]}""", 400, "malformed-json", "$.figures[1]");
        Post("malformed: missing comma between figures", Check, """{"figures":[{"value":"1"} {"value":"2"}]}""", 400, "malformed-json", "$.figures[1]");
        Post("malformed: submission cut short", Subs, """{"kind":"inputs",""", 400, "malformed-json", "$.kind");
        Post("malformed: inside submission document", Subs, """{"kind":"inputs","document":{"x":[1,2,}}""", 400, "malformed-json", "$.document.x[2]");
        Post("malformed: factor set cut short", Sets, """{"id":""", 400, "malformed-json", "$.id");
        Add(new BadRequest("malformed: revision body", "PUT", Put, """{"kind"}""", 400, "malformed-json", "$"));
        Add(new BadRequest("malformed: invalid UTF-8", "POST", Calc, null, 400, "malformed-json", "$.a",
            RawBody: [.. Encoding.ASCII.GetBytes("{\"a\":\""), 0xFF, 0xFE, .. Encoding.ASCII.GetBytes("\"}")]));

        // Empty bodies.
        Post("empty: calculation", Calc, "", 400, "empty-body", "$");
        Post("empty: whitespace only", Check, "   \n\t ", 400, "empty-body", "$");
        Post("empty: submission", Subs, "", 400, "empty-body", "$");
        Add(new BadRequest("empty: revision", "PUT", Put, "", 400, "empty-body", "$"));
        Post("empty: factor set", Sets, "", 400, "empty-body", "$");
        Add(new BadRequest("empty: byte order mark only", "POST", Calc, null, 400, "empty-body", "$", RawBody: [0xEF, 0xBB, 0xBF]));

        // Media types.
        Add(new BadRequest("media: text/plain", "POST", Calc, "{}", 415, "unsupported-media-type", "Content-Type", "text/plain"));
        Add(new BadRequest("media: application/xml", "POST", Calc, "{}", 415, "unsupported-media-type", "Content-Type", "application/xml"));
        Add(new BadRequest("media: submission as text", "POST", Subs, "{}", 415, "unsupported-media-type", "Content-Type", "text/plain"));
        Add(new BadRequest("media: latin-1 charset", "POST", Calc, "{}", 415, "unsupported-media-type", "Content-Type", "application/json; charset=iso-8859-1"));
        Add(new BadRequest("media: no content type", "POST", Check, "{}", 415, "unsupported-media-type", "Content-Type", null));
        Add(new BadRequest("media: form encoded", "POST", Check, "a=1", 415, "unsupported-media-type", "Content-Type", "application/x-www-form-urlencoded"));

        // Wrong root types.
        Post("root: array", Calc, "[]", 400, "wrong-type", "$");
        Post("root: string", Calc, "\"ghg.total\"", 400, "wrong-type", "$");
        Post("root: number", Calc, "42", 400, "wrong-type", "$");
        Post("root: null", Calc, "null", 400, "wrong-type", "$");
        Post("root: boolean", Check, "true", 400, "wrong-type", "$");
        Post("root: submission array", Subs, "[]", 400, "wrong-type", "$");
        Post("root: factor set string", Sets, "\"acme\"", 400, "wrong-type", "$");
        Add(new BadRequest("root: revision number", "PUT", Put, "1", 400, "wrong-type", "$"));

        // Deep nesting (limit 64).
        Post("deep: 65 nested arrays", Calc, new string('[', 65) + new string(']', 65), 400, "too-deep", "$" + Repeat("[0]", 64));
        Post("deep: 100 nested objects", Check, Nest("a", 100), 400, "too-deep", "$" + Repeat(".a", 64));
        Post("deep: nested submission document", Subs, """{"kind":"inputs","period":"2020","document":""" + Nest("x", 70) + "}", 400, "too-deep", "$.document" + Repeat(".x", 63));
        Post("deep: 1000 nested arrays", Check, new string('[', 1000) + new string(']', 1000), 400, "too-deep", "$" + Repeat("[0]", 64));

        // Duplicate fields.
        Post("duplicate: factorSet", Calc, """{"factorSet":"cn-2020","factorSet":"cn-2021"}""", 400, "duplicate-field", "$.factorSet");
        Post("duplicate: nested option", Check, """{"options":{"materiality":"5%","materiality":"6%"}}""", 400, "duplicate-field", "$.options.materiality");
        Post("duplicate: submission kind", Subs, """{"kind":"inputs","kind":"report","period":"2020","document":{}}""", 400, "duplicate-field", "$.kind");
        Post("duplicate: inside a figure", Subs, """{"kind":"report","period":"2020","document":{"figures":[{"metric":"a","metric":"b"}]}}""", 400, "duplicate-field", "$.document.figures[0].metric");

        // Size and entry limits.
        Post("size: calculation over the body limit", Calc, Padded(MaxBodyBytes + 10), 413, "body-too-large", "$");
        Post("size: submission over the body limit", Subs, Padded(2 * MaxBodyBytes), 413, "body-too-large", "$");
        Post("size: factor set over the body limit", Sets, Padded(MaxBodyBytes + 1), 413, "body-too-large", "$");
        Post("figures: 101 figures", Check, """{"figures":[""" + string.Join(",", Enumerable.Repeat("""{"metric":"ghg.total","value":"1"}""", MaxFigures + 1)) + "]}", 413, "too-many-figures", $"$.figures[{MaxFigures}]");
        Post("figures: entries summed over arrays", Calc, """{"fuels":[""" + string.Join(",", Enumerable.Repeat("1", 60)) + """],"electricity":[""" + string.Join(",", Enumerable.Repeat("1", 41)) + "]}", 413, "too-many-figures", "$.electricity[40]");
        Post("figures: inside a submission", Subs, """{"kind":"report","period":"2020","document":{"figures":[""" + string.Join(",", Enumerable.Repeat("{}", MaxFigures + 1)) + "]}}", 413, "too-many-figures", $"$.document.figures[{MaxFigures}]");

        // Accept.
        Add(new BadRequest("accept: xml", "POST", Calc, "{}", 406, "not-acceptable", "Accept", Accept: "application/xml"));
        Add(new BadRequest("accept: html", "POST", Check, "{}", 406, "not-acceptable", "Accept", Accept: "text/html"));
        Add(new BadRequest("accept: results as xml", "GET", Put + "/results", null, 406, "not-acceptable", "Accept", null, Accept: "application/xml"));

        // Factor sets named by compute requests.
        Post("factorSet: number", Calc, """{"factorSet": 5}""", 400, "wrong-type", "$.factorSet");
        Post("factorSet: array", Calc, """{"factorSet": ["cn-2020"]}""", 400, "wrong-type", "$.factorSet");
        Post("factorSet: uppercase id", Calc, """{"factorSet": "TEST-2020"}""", 400, "invalid-value", "$.factorSet");
        Post("factorSet: empty id", Calc, """{"factorSet": ""}""", 400, "invalid-value", "$.factorSet");
        Post("factorSet: id with space", Calc, """{"factorSet": "test 2020"}""", 400, "invalid-value", "$.factorSet");
        Post("factorSet: id too long", Calc, $$"""{"factorSet": "{{new string('a', 65)}}"}""", 400, "invalid-value", "$.factorSet");
        Post("factorSet: unknown", Calc, """{"factorSet": "nope-2020"}""", 422, "unknown-factor-set", "$.factorSet");
        Post("factorSet: check option number", Check, """{"options": {"factorSet": 5}}""", 400, "wrong-type", "$.options.factorSet");
        Post("factorSet: check option unknown", Check, """{"options": {"factorSet": "nope"}}""", 422, "unknown-factor-set", "$.options.factorSet");
        Post("factorSet: check inputs unknown", Check, """{"inputs": {"factorSet": "nope"}}""", 422, "unknown-factor-set", "$.inputs.factorSet");
        Post("factorSet: check inputs boolean", Check, """{"inputs": {"factorSet": true}}""", 400, "wrong-type", "$.inputs.factorSet");

        // Submission envelope: every field, wrong type, wrong value, missing, unknown.
        Post("kind: missing", Subs, """{"period":"2020","document":{}}""", 400, "missing-field", "$.kind");
        Post("kind: number", Subs, """{"kind":1,"period":"2020","document":{}}""", 400, "wrong-type", "$.kind");
        Post("kind: huge number", Subs, """{"kind":1e400,"period":"2020","document":{}}""", 400, "wrong-type", "$.kind");
        Post("kind: array", Subs, """{"kind":["inputs"],"period":"2020","document":{}}""", 400, "wrong-type", "$.kind");
        Post("kind: object", Subs, """{"kind":{},"period":"2020","document":{}}""", 400, "wrong-type", "$.kind");
        Post("kind: boolean", Subs, """{"kind":true,"period":"2020","document":{}}""", 400, "wrong-type", "$.kind");
        Post("kind: null", Subs, """{"kind":null,"period":"2020","document":{}}""", 400, "missing-field", "$.kind");
        Post("kind: singular", Subs, """{"kind":"input","period":"2020","document":{}}""", 400, "invalid-value", "$.kind");
        Post("kind: uppercase", Subs, """{"kind":"INPUTS","period":"2020","document":{}}""", 400, "invalid-value", "$.kind");
        Post("kind: empty", Subs, """{"kind":"","period":"2020","document":{}}""", 400, "invalid-value", "$.kind");
        Post("period: missing", Subs, """{"kind":"inputs","document":{}}""", 400, "missing-field", "$.period");
        Post("period: number", Subs, """{"kind":"inputs","period":2020,"document":{}}""", 400, "wrong-type", "$.period");
        Post("period: huge number", Subs, """{"kind":"inputs","period":99999999999999999999999999999999,"document":{}}""", 400, "wrong-type", "$.period");
        Post("period: empty", Subs, """{"kind":"inputs","period":"","document":{}}""", 400, "invalid-value", "$.period");
        Post("period: slash", Subs, """{"kind":"inputs","period":"2020/21","document":{}}""", 400, "invalid-value", "$.period");
        Post("period: too long", Subs, $$$"""{"kind":"inputs","period":"{{{new string('9', 33)}}}","document":{}}""", 400, "invalid-value", "$.period");
        Post("period: leading space", Subs, """{"kind":"inputs","period":" 2020","document":{}}""", 400, "invalid-value", "$.period");
        Post("period: full-width digits", Subs, """{"kind":"inputs","period":"２０２０","document":{}}""", 400, "invalid-value", "$.period");
        Post("document: missing", Subs, """{"kind":"inputs","period":"2020"}""", 400, "missing-field", "$.document");
        Post("document: array", Subs, """{"kind":"inputs","period":"2020","document":[]}""", 400, "wrong-type", "$.document");
        Post("document: string", Subs, """{"kind":"inputs","period":"2020","document":"{}"}""", 400, "wrong-type", "$.document");
        Post("document: number", Subs, """{"kind":"report","period":"2020","document":1}""", 400, "wrong-type", "$.document");
        Post("document: null", Subs, """{"kind":"report","period":"2020","document":null}""", 400, "missing-field", "$.document");
        Post("unknown field: doc", Subs, """{"kind":"inputs","period":"2020","document":{},"doc":{}}""", 400, "unknown-field", "$.doc");
        Post("unknown field: wrong case", Subs, """{"Kind":"inputs","kind":"inputs","period":"2020","document":{}}""", 400, "unknown-field", "$.Kind");
        Post("unknown field: revision", Subs, """{"kind":"inputs","period":"2020","document":{},"revision":2}""", 400, "unknown-field", "$.revision");
        Post("unknown field: odd name", Subs, """{"kind":"inputs","period":"2020","document":{},"a b":1}""", 400, "unknown-field", "$['a b']");
        Post("factorSet: envelope number", Subs, """{"kind":"inputs","period":"2020","factorSet":5,"document":{}}""", 400, "wrong-type", "$.factorSet");
        Post("factorSet: envelope uppercase", Subs, """{"kind":"inputs","period":"2020","factorSet":"TEST-2020","document":{}}""", 400, "invalid-value", "$.factorSet");
        Post("factorSet: envelope unknown", Subs, """{"kind":"inputs","period":"2020","factorSet":"nope","document":{}}""", 422, "unknown-factor-set", "$.factorSet");
        Post("factorSetVersion: without factorSet", Subs, """{"kind":"inputs","period":"2020","factorSetVersion":1,"document":{}}""", 400, "missing-field", "$.factorSet");
        Post("factorSetVersion: zero", Subs, """{"kind":"inputs","period":"2020","factorSet":"acme","factorSetVersion":0,"document":{}}""", 400, "invalid-value", "$.factorSetVersion");
        Post("factorSetVersion: negative", Subs, """{"kind":"inputs","period":"2020","factorSet":"acme","factorSetVersion":-1,"document":{}}""", 400, "invalid-value", "$.factorSetVersion");
        Post("factorSetVersion: fraction", Subs, """{"kind":"inputs","period":"2020","factorSet":"acme","factorSetVersion":1.5,"document":{}}""", 400, "invalid-value", "$.factorSetVersion");
        Post("factorSetVersion: string", Subs, """{"kind":"inputs","period":"2020","factorSet":"acme","factorSetVersion":"2","document":{}}""", 400, "wrong-type", "$.factorSetVersion");
        Post("factorSetVersion: huge", Subs, """{"kind":"inputs","period":"2020","factorSet":"acme","factorSetVersion":99999999999999999999,"document":{}}""", 400, "invalid-value", "$.factorSetVersion");
        Post("factorSetVersion: 1e400", Subs, """{"kind":"inputs","period":"2020","factorSet":"acme","factorSetVersion":1e400,"document":{}}""", 400, "invalid-value", "$.factorSetVersion");
        Post("factorSetVersion: of a shipped set", Subs, """{"kind":"inputs","period":"2020","factorSet":"cn-2020","factorSetVersion":1,"document":{}}""", 422, "unknown-factor-set", "$.factorSet");
        Post("document factorSet: number", Subs, """{"kind":"inputs","period":"2020","document":{"factorSet":5}}""", 400, "wrong-type", "$.document.factorSet");
        Post("document factorSet: disagrees with envelope", Subs, """{"kind":"inputs","period":"2020","factorSet":"cn-2020","document":{"factorSet":"cn-2021"}}""", 400, "invalid-value", "$.factorSet");
        Post("document factorSet: report option number", Subs, """{"kind":"report","period":"2020","document":{"options":{"factorSet":5}}}""", 400, "wrong-type", "$.document.options.factorSet");
        Post("document factorSet: report option unknown", Subs, """{"kind":"report","period":"2020","document":{"options":{"factorSet":"nope"}}}""", 422, "unknown-factor-set", "$.document.options.factorSet");
        Post("document factorSet: report inputs invalid", Subs, """{"kind":"report","period":"2020","document":{"inputs":{"factorSet":"NOPE"}}}""", 400, "invalid-value", "$.document.inputs.factorSet");
        Post("document: module refuses a unit", Subs, """{"kind":"inputs","period":"2020","document":{"factorSet":"cn-2020","electricity":[{"amount":"5 MWhh","region":"CN"}]}}""", 422, "unknown-unit", "$.document.electricity[0].amount");
        Post("document: module refuses a fuel", Subs, """{"kind":"inputs","period":"2020","factorSet":"cn-2020","document":{"fuels":[{"fuel":"kerosene","amount":"1 t"}]}}""", 422, "invalid-input", "$.document.fuels[0].fuel");
        Post("document: unknown field in inputs", Subs, """{"kind":"inputs","period":"2020","factorSet":"cn-2020","document":{"electricty":[]}}""", 400, "unknown-field", "$.document.electricty");
        Post("document: inputs without a factor set", Subs, """{"kind":"inputs","period":"2020","document":{"electricity":[{"amount":"1 MWh","region":"CN"}]}}""", 422, "unknown-factor-set", "$.document.factorSet");

        // New revisions of an existing submission.
        Add(new BadRequest("revision: kind missing", "PUT", Put, """{"period":"2020","document":{}}""", 400, "missing-field", "$.kind"));
        Add(new BadRequest("revision: period number", "PUT", Put, """{"kind":"inputs","period":2021,"document":{}}""", 400, "wrong-type", "$.period"));
        Add(new BadRequest("revision: unknown field", "PUT", Put, """{"kind":"inputs","period":"2020","document":{},"extra":1}""", 400, "unknown-field", "$.extra"));
        Add(new BadRequest("revision: kind changes", "PUT", Put, """{"kind":"report","period":"2020","document":{"figures":[]}}""", 409, "kind-mismatch", "$.kind"));
        Add(new BadRequest("revision: document array", "PUT", Put, """{"kind":"inputs","period":"2020","document":[]}""", 400, "wrong-type", "$.document"));

        // Query and path parameters.
        void Get(string name, string path, string field) => Add(new BadRequest(name, "GET", path, null, 400, "invalid-parameter", field, null));
        Get("limit: zero", Subs + "?limit=0", "limit");
        Get("limit: negative", Subs + "?limit=-1", "limit");
        Get("limit: text", Subs + "?limit=abc", "limit");
        Get("limit: over the maximum", Subs + "?limit=1001", "limit");
        Get("limit: exponent", Subs + "?limit=1e3", "limit");
        Get("limit: huge", Subs + "?limit=99999999999999999999", "limit");
        Get("limit: empty", Subs + "?limit=", "limit");
        Get("period: query with space", Subs + "?period=a%20b", "period");
        Get("period: query too long", Subs + "?period=" + new string('1', 33), "period");
        Get("after: not an id", Subs + "?after=zzz", "after");
        Get("revision n: zero", Put + "/revisions/0", "n");
        Get("revision n: negative", Put + "/revisions/-1", "n");
        Get("revision n: text", Put + "/revisions/abc", "n");
        Get("revision n: fraction", Put + "/revisions/1.5", "n");
        Get("revision n: huge", Put + "/revisions/99999999999999999999", "n");
        Get("results revision: zero", Put + "/results?revision=0", "revision");
        Get("results revision: text", Put + "/results?revision=two", "revision");
        Get("factor set version: zero", Sets + "/cn-2020?version=0", "version");
        Get("factor set version: text", Sets + "/cn-2020?version=abc", "version");
        Get("factor set version: exponent", Sets + "/cn-2020?version=1e9", "version");

        // Keys.
        Add(new BadRequest("key: missing on write", "POST", Subs, """{"kind":"inputs","period":"2020","document":{}}""", 401, "missing-api-key", "Authorization", Sender: Sender.Anonymous));
        Add(new BadRequest("key: unknown", "POST", Subs, """{"kind":"inputs","period":"2020","document":{}}""", 401, "invalid-api-key", "Authorization", Sender: Sender.UnknownKey));
        Add(new BadRequest("key: basic auth", "GET", Subs, null, 401, "invalid-api-key", "Authorization", null, Sender.BasicAuth));
        Add(new BadRequest("key: two X-Api-Key headers", "GET", Subs, null, 401, "invalid-api-key", "Authorization", null, Sender.TwoKeys));
        Add(new BadRequest("key: missing on list", "GET", Subs, null, 401, "missing-api-key", "Authorization", null, Sender.Anonymous));
        Add(new BadRequest("key: missing on results", "GET", Put + "/results", null, 401, "missing-api-key", "Authorization", null, Sender.Anonymous));
        Add(new BadRequest("key: missing on factor-set upload", "POST", Sets, """{"id":"x","title":"x"}""", 401, "missing-api-key", "Authorization", Sender: Sender.Anonymous));
        Add(new BadRequest("role: auditor stores a submission", "POST", Subs, """{"kind":"inputs","period":"2020","document":{}}""", 403, "forbidden", "Authorization", Sender: Sender.Auditor));
        Add(new BadRequest("role: auditor uploads a factor set", "POST", Sets, """{"id":"x","title":"x"}""", 403, "forbidden", "Authorization", Sender: Sender.Auditor));

        // Custom factor sets.
        Post("custom set: id missing", Sets, """{"title":"x"}""", 400, "missing-field", "$.id");
        Post("custom set: id number", Sets, """{"id":5,"title":"x"}""", 400, "wrong-type", "$.id");
        Post("custom set: id with spaces", Sets, """{"id":"Acme 2020","title":"x"}""", 400, "invalid-value", "$.id");
        Post("custom set: shipped id", Sets, """{"id":"cn-2020","title":"x"}""", 409, "factor-set-id-taken", "$.id");
        Post("custom set: invalid definition", Sets, """{"id":"acme-2020"}""", 422, "invalid-factor-set", "$.title");
        Post("custom set: unknown field", Sets, CustomSet("\"base\":\"cn-2020\","), 422, "invalid-factor-set", "$.base");
        Post("custom set: unknown edition", Sets, CustomSet(editions: "\"cn-mee/electricity/1999\""), 422, "invalid-factor-set", "$.editions[0]");
        Post("custom set: edition listed twice", Sets, CustomSet(editions: "\"ipcc/gwp/ar5\",\"ipcc/gwp/ar5\""), 422, "invalid-factor-set", "$.editions[1]");
        Post("custom set: gwp not in its editions", Sets, CustomSet("\"gwp\":\"AR6\",", gwp: false), 422, "invalid-factor-set", "$.gwp");
        Post("custom set: reporting year out of range", Sets, CustomSet("\"reportingYear\":1e400,", year: false), 422, "invalid-factor-set", "$.reportingYear");
        Post("custom set: editions empty", Sets, CustomSet(editions: ""), 422, "invalid-factor-set", "$.editions");
        Post("custom set: electricity basis unknown", Sets, CustomSet(editions: "\"ipcc/gwp/ar5\""), 422, "invalid-factor-set", "$.electricity.location");

        Calculations(list);
        Checks(list);
        return list;
    }

    /// <summary>
    /// Bad calculate documents: each is refused with a 4xx problem naming the JSON path of the field at
    /// fault, by the real calculation module (Emissions.Core) on the shipped factor data.
    /// </summary>
    private static void Calculations(List<BadRequest> list)
    {
        void Calc(string name, string document, int status, string slug, string field) =>
            list.Add(new BadRequest("calculation: " + name, "POST", "/v1/calculations", "{\"factorSet\":\"cn-2020\"," + document + "}", status, slug, field));
        const string Grid = "\"electricity\":[{\"amount\":\"1,000 MWh\",\"region\":\"CN\"}]";

        Calc("unknown fuel", """ "fuels":[{"fuel":"kerosene","amount":"1 t"}]""", 422, "invalid-input", "$.fuels[0].fuel");
        Calc("fuel missing", """ "fuels":[{"amount":"1 t"}]""", 400, "missing-field", "$.fuels[0].fuel");
        Calc("fuel amount missing", """ "fuels":[{"fuel":"diesel"}]""", 400, "missing-field", "$.fuels[0].amount");
        Calc("fuel amount of the wrong kind", """ "fuels":[{"fuel":"diesel","amount":"1 m²"}]""", 422, "wrong-kind", "$.fuels[0].amount");
        Calc("diesel by volume when the set's NCV is per tonne", """ "region":"CN","fuels":[{"fuel":"diesel","amount":"1 m³"}]""", 422, "wrong-kind", "$.fuels[0].amount");
        Calc("fuel lines of different kinds", """ "region":"CN","fuels":[{"fuel":"diesel","amount":"1 t"},{"fuel":"diesel","amount":"1 MWh"}]""", 422, "incompatible-kinds", "$.fuels[1].amount");
        Calc("negative fuel amount", """ "fuels":[{"fuel":"diesel","amount":"-892.32 t"}]""", 422, "invalid-input", "$.fuels[0].amount");
        Calc("unknown unit", """ "fuels":[{"fuel":"diesel","amount":"892.32 tons"}]""", 422, "unknown-unit", "$.fuels[0].amount");
        Calc("malformed number", """ "fuels":[{"fuel":"diesel","amount":"8,92.32 t"}]""", 422, "malformed-number", "$.fuels[0].amount");
        Calc("amount as an array", """ "fuels":[{"fuel":"diesel","amount":["892.32","t"]}]""", 400, "wrong-type", "$.fuels[0].amount");
        Calc("amount object without value", """ "fuels":[{"fuel":"diesel","amount":{"unit":"t"}}]""", 400, "missing-field", "$.fuels[0].amount.value");
        Calc("fuels not an array", """ "fuels":{"fuel":"diesel","amount":"1 t"}""", 400, "wrong-type", "$.fuels");
        Calc("fuel line not an object", """ "fuels":["diesel"]""", 400, "wrong-type", "$.fuels[0]");
        Calc("unknown field in a fuel line", """ "fuels":[{"fuel":"diesel","amount":"1 t","colour":"red"}]""", 400, "unknown-field", "$.fuels[0].colour");
        Calc("unknown top-level field", """ "electricty":[]""", 400, "unknown-field", "$.electricty");
        Calc("electricity of the wrong kind", """ "electricity":[{"amount":"1,000 t","region":"CN"}]""", 422, "wrong-kind", "$.electricity[0].amount");
        Calc("electricity without a region", """ "electricity":[{"amount":"1,000 MWh"}]""", 400, "missing-field", "$.electricity[0].region");
        Calc("unknown region", """ "electricity":[{"amount":"1,000 MWh","region":"CN-Atlantis"}]""", 422, "invalid-input", "$.electricity[0].region");
        Calc("region the set has no factor for", """ "electricity":[{"amount":"1,000 MWh","region":"GB"}]""", 422, "factor-not-resolved", "$.electricity[0].region");
        Calc("renewable above the electricity", """ "electricity":[{"amount":"1,000 MWh","region":"CN","renewable":"2,000 MWh"}]""", 422, "invalid-input", "$.electricity[0].renewable");
        Calc("heat of the wrong kind", """ "heat":[{"amount":"20,256.68 t"}]""", 422, "wrong-kind", "$.heat[0].amount");
        Calc("unknown refrigerant", """ "region":"CN","refrigerants":[{"gas":"R-999","released":"12 kg"}]""", 422, "factor-not-resolved", "$.refrigerants[0].gas");
        Calc("refrigerant released as energy", """ "refrigerants":[{"gas":"R-410A","released":"12 kWh"}]""", 422, "wrong-kind", "$.refrigerants[0].released");
        Calc("unknown waste category", """ "waste":[{"category":"toxic","amount":"1 t"}]""", 422, "invalid-input", "$.waste[0].category");
        Calc("waste as volume", """ "waste":[{"category":"hazardous","amount":"1 m³"}]""", 422, "wrong-kind", "$.waste[0].amount");
        Calc("water as energy", """ "water":{"withdrawal":"205.27 MWh"}""", 422, "wrong-kind", "$.water.withdrawal");
        Calc("water not an object", """ "water":"205.27 萬噸" """, 400, "wrong-type", "$.water");
        Calc("headcount of the wrong kind", """ "headcount":"21,499 t" """, 422, "wrong-kind", "$.headcount");
        Calc("zero headcount with per-employee metrics", """ "headcount":"0",""" + Grid, 422, "invalid-input", "$.headcount");
        Calc("negative headcount", """ "headcount":"-5" """, 422, "invalid-input", "$.headcount");
        Calc("unknown headcount basis", """ "headcountBasis":"median" """, 422, "invalid-input", "$.headcountBasis");
        Calc("revenue without a currency", """ "revenue":"58,776,000,000" """, 422, "wrong-kind", "$.revenue");
        Calc("zero revenue with per-revenue metrics", """ "revenue":"0 CNY",""" + Grid, 422, "invalid-input", "$.revenue");
        Calc("floor area as volume", """ "floorArea":"36,861 m³" """, 422, "wrong-kind", "$.floorArea");
        Calc("IT energy above facility energy", """ "dataCenters":[{"facility":"100 MWh","it":"120 MWh"}]""", 422, "invalid-input", "$.dataCenters[0].it");
        Calc("zero IT energy", """ "dataCenters":[{"facility":"100 MWh","it":"0 MWh"}]""", 422, "invalid-input", "$.dataCenters[0].it");
        Calc("data center without facility energy", """ "dataCenters":[{"it":"95 MWh"}]""", 400, "missing-field", "$.dataCenters[0].facility");
        Calc("two data centers with one id", """ "dataCenters":[{"id":"a","facility":"2 MWh","it":"1 MWh"},{"id":"a","facility":"2 MWh","it":"1 MWh"}]""", 422, "invalid-input", "$.dataCenters[1].id");
        Calc("override of an unknown factor", """ "overrides":[{"factor":"cn-mee/electricity/2021:atlantis","value":"0.5 tCO2/MWh"}]""", 422, "unknown-factor", "$.overrides[0].factor");
        Calc("override of the wrong kind", """ "overrides":[{"factor":"cn-mee/electricity/2021:national","value":"0.5 GJ"}]""", 422, "wrong-kind", "$.overrides[0].value");
        Calc("override given twice", """ "overrides":[{"factor":"cn-mee/electricity/2021:national","value":"0.5 tCO2/MWh"},{"factor":"cn-mee/electricity/2021:national","value":"0.6 tCO2/MWh"}]""", 422, "invalid-input", "$.overrides[1].factor");
        Calc("override without a value", """ "overrides":[{"factor":"cn-mee/electricity/2021:national"}]""", 400, "missing-field", "$.overrides[0].value");
        Calc("total of an unknown metric", """ "totals":{"ghg.totl":"1 t"}""", 422, "invalid-input", "$.totals['ghg.totl']");
        Calc("total of the wrong kind", """ "totals":{"ghg.total":"69.44 MWh"}""", 422, "wrong-kind", "$.totals['ghg.total']");
        Calc("organization not a string", """ "organization":5""", 400, "wrong-type", "$.organization");
        list.Add(new BadRequest("calculation: unknown factor set", "POST", "/v1/calculations", """{"factorSet":"cn-1999"}""", 422, "unknown-factor-set", "$.factorSet"));
        list.Add(new BadRequest("calculation: no factor set and no default", "POST", "/v1/calculations", "{\"period\":\"2019\"," + Grid + "}", 422, "unknown-factor-set", "$.factorSet"));
    }

    /// <summary>Bad check documents, refused by the real verification module at the JSON path at fault.</summary>
    private static void Checks(List<BadRequest> list)
    {
        void Check(string name, string body, int status, string slug, string field) =>
            list.Add(new BadRequest("check: " + name, "POST", "/v1/checks", body, status, slug, field));

        Check("figures missing", """{"period":"2020"}""", 400, "missing-field", "$.figures");
        Check("figures not an array", """{"figures":{"metric":"ghg.total"}}""", 400, "wrong-type", "$.figures");
        Check("figure without id or metric", """{"figures":[{"value":"1"}]}""", 400, "missing-field", "$.figures[0].id");
        Check("figure without value", """{"figures":[{"metric":"ghg.total","unit":"t"}]}""", 400, "missing-field", "$.figures[0].value");
        Check("figure value a boolean", """{"figures":[{"metric":"ghg.total","value":true}]}""", 400, "wrong-type", "$.figures[0].value");
        Check("unknown metric", """{"figures":[{"metric":"ghg.totl","value":"69.44","unit":"萬噸"}]}""", 422, "invalid-input", "$.figures[0].metric");
        Check("unit of the wrong kind", """{"figures":[{"metric":"ghg.total","value":"69.44","unit":"MWh"}]}""", 422, "wrong-kind", "$.figures[0].unit");
        Check("unknown unit", """{"figures":[{"metric":"ghg.total","value":"69.44","unit":"萬頓"}]}""", 422, "unknown-unit", "$.figures[0].unit");
        Check("malformed value", """{"figures":[{"metric":"ghg.total","value":"69.4.4","unit":"萬噸"}]}""", 422, "malformed-number", "$.figures[0].value");
        Check("value too large for its relation's units", """{"figures":[{"id":"a","value":"79000000000000000000000000000","unit":"t"},{"id":"b","value":"1 t"},{"id":"c","value":"3 t"}],"relations":[{"id":"r","metric":"c","formula":"a + b"}]}""", 422, "invalid-input", "$.figures[0].value");
        Check("value too large for its metric's units", """{"figures":[{"metric":"ghg.total","value":"7900000000000000000000000","unit":"萬噸"},{"metric":"ghg.scope1","value":"1","unit":"萬噸"},{"metric":"ghg.scope2","value":"1","unit":"萬噸"}]}""", 422, "invalid-input", "$.figures[0].value");
        Check("unknown qualifier", """{"figures":[{"metric":"dc.pue","value":"1.2","qualifier":"roughly"}]}""", 422, "invalid-input", "$.figures[0].qualifier");
        Check("figure id with a space", """{"figures":[{"id":"s1 2023","value":"1 t"}]}""", 422, "invalid-input", "$.figures[0].id");
        Check("figure id used twice", """{"figures":[{"id":"a","value":"1 t"},{"id":"a","value":"2 t"}]}""", 422, "invalid-input", "$.figures[1].id");
        Check("unknown field in a figure", """{"figures":[{"metric":"ghg.total","value":"1 t","colour":"red"}]}""", 400, "unknown-field", "$.figures[0].colour");
        Check("relation naming no figure", """{"figures":[{"id":"a","value":"1 t"}],"relations":[{"id":"r","metric":"b","formula":"a"}]}""", 422, "invalid-input", "$.relations[0].metric");
        Check("relation without formula", """{"figures":[{"id":"a","value":"1 t"}],"relations":[{"id":"r","metric":"a"}]}""", 400, "missing-field", "$.relations[0].formula");
        Check("relation formula that does not parse", """{"figures":[{"id":"a","value":"1 t"}],"relations":[{"id":"r","metric":"a","formula":"a +"}]}""", 422, "invalid-input", "$.relations[0].formula");
        Check("materiality above 100 %", """{"figures":[],"options":{"materiality":"150%"}}""", 422, "invalid-input", "$.options.materiality");
        Check("materiality a boolean", """{"figures":[],"options":{"materiality":true}}""", 400, "wrong-type", "$.options.materiality");
        Check("inputs without a factor set", """{"figures":[],"inputs":{"electricity":[{"amount":"1 MWh","region":"CN"}]}}""", 422, "unknown-factor-set", "$.options.factorSet");
        Check("bad raw inputs", """{"figures":[],"options":{"factorSet":"cn-2020"},"inputs":{"fuels":[{"fuel":"kerosene","amount":"1 t"}]}}""", 422, "invalid-input", "$.inputs.fuels[0].fuel");
        Check("inputs not an object", """{"figures":[],"inputs":[1]}""", 400, "wrong-type", "$.inputs");
    }

    /// <summary>A custom set definition (factors/sets format) with one thing changed.</summary>
    private static string CustomSet(string extra = "", string editions = "\"cn-mee/electricity/2021\",\"ipcc/gwp/ar5\"", bool gwp = true, bool year = true) =>
        "{\"id\":\"acme-2020\",\"title\":\"Acme\",\"description\":\"for tests\"," + extra +
        "\"editions\":[" + editions + "],\"method\":\"cn\"," + (gwp ? "\"gwp\":\"AR5\"," : "") + "\"ch4Convention\":\"single\"," +
        "\"electricity\":{\"location\":\"location-average\"},\"fallbacks\":{\"regionToNational\":true,\"earlierDataYear\":false}" +
        (year ? ",\"reportingYear\":2020" : "") + "}";

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    private static string Nest(string name, int depth) => Repeat($"{{\"{name}\":", depth) + "1" + new string('}', depth);

    private static string Padded(int bytes) => "{\"pad\":\"" + new string('x', bytes) + "\"}";
}
