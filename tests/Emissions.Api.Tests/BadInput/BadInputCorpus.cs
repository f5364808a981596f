using System.Text;

namespace Emissions.Api.Tests.BadInput;

/// <summary>
/// Requests the service must refuse with a 4xx problem document that names the offending field.
/// Malformed JSON, empty bodies, wrong media types, wrong root types, deep nesting, duplicate and
/// unknown fields, oversize bodies and too many entries, wrong types and values in every envelope
/// field, huge numbers, bad query and path parameters, unknown factor sets, missing or wrong keys.
/// Quantity errors inside calculate/check documents (unknown units, wrong kinds) join this corpus
/// when the compute modules are wired; the service maps their exceptions by type.
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
        Post("duplicate: factorSet", Calc, """{"factorSet":"test-2020","factorSet":"test-2021"}""", 400, "duplicate-field", "$.factorSet");
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
        Post("factorSet: array", Calc, """{"factorSet": ["test-2020"]}""", 400, "wrong-type", "$.factorSet");
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
        Post("factorSetVersion: of a shipped set", Subs, """{"kind":"inputs","period":"2020","factorSet":"test-2020","factorSetVersion":1,"document":{}}""", 422, "unknown-factor-set", "$.factorSet");
        Post("document factorSet: number", Subs, """{"kind":"inputs","period":"2020","document":{"factorSet":5}}""", 400, "wrong-type", "$.document.factorSet");
        Post("document factorSet: disagrees with envelope", Subs, """{"kind":"inputs","period":"2020","factorSet":"test-2020","document":{"factorSet":"test-2021"}}""", 400, "invalid-value", "$.factorSet");
        Post("document factorSet: report option number", Subs, """{"kind":"report","period":"2020","document":{"options":{"factorSet":5}}}""", 400, "wrong-type", "$.document.options.factorSet");
        Post("document factorSet: report option unknown", Subs, """{"kind":"report","period":"2020","document":{"options":{"factorSet":"nope"}}}""", 422, "unknown-factor-set", "$.document.options.factorSet");
        Post("document factorSet: report inputs invalid", Subs, """{"kind":"report","period":"2020","document":{"inputs":{"factorSet":"NOPE"}}}""", 400, "invalid-value", "$.document.inputs.factorSet");
        Post("document: module refuses a unit", Subs, """{"kind":"inputs","period":"2020","document":{"bad":"MWhh"}}""", 422, "unknown-unit", "$.document.bad");

        // New revisions of an existing submission.
        Add(new BadRequest("revision: kind missing", "PUT", Put, """{"period":"2020","document":{}}""", 400, "missing-field", "$.kind"));
        Add(new BadRequest("revision: period number", "PUT", Put, """{"kind":"inputs","period":2021,"document":{}}""", 400, "wrong-type", "$.period"));
        Add(new BadRequest("revision: unknown field", "PUT", Put, """{"kind":"inputs","period":"2020","document":{},"extra":1}""", 400, "unknown-field", "$.extra"));
        Add(new BadRequest("revision: kind changes", "PUT", Put, """{"kind":"report","period":"2020","document":{}}""", 409, "kind-mismatch", "$.kind"));
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
        Get("factor set version: zero", Sets + "/test-2020?version=0", "version");
        Get("factor set version: text", Sets + "/test-2020?version=abc", "version");
        Get("factor set version: exponent", Sets + "/test-2020?version=1e9", "version");

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
        Post("custom set: shipped id", Sets, """{"id":"test-2020","title":"x"}""", 409, "factor-set-id-taken", "$.id");
        Post("custom set: invalid definition", Sets, """{"id":"acme-2020"}""", 422, "invalid-factor-set", "$.title");
        Post("custom set: unknown base", Sets, """{"id":"acme-2020","title":"x","base":"nope"}""", 422, "unknown-factor-set", "$.base");
        return list;
    }

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));

    private static string Nest(string name, int depth) => Repeat($"{{\"{name}\":", depth) + "1" + new string('}', depth);

    private static string Padded(int bytes) => "{\"pad\":\"" + new string('x', bytes) + "\"}";
}
