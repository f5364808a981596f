using System.Text;
using System.Text.Json;

namespace Emissions.Api.Tests.BadInput;

/// <summary>
/// The hostile corpus of issue 17, generated from tables: every garbage body on every route that takes one, every
/// media-type trick, numbers at and past every limit, unit and formula tricks at the fields that hold them, path and
/// query abuse on every route, and every route with every method it does not serve. Limits are those of
/// <see cref="CorpusFixture"/> (body 64 KiB, 100 figures).
/// </summary>
public static class HostileCorpus
{
    private static readonly string[] BodyRoutes =
        ["POST /v1/calculations", "POST /v1/checks", "POST /v1/submissions", "PUT /v1/submissions/{id}", "POST /v1/factor-sets"];

    private static readonly string[] Routes =
    [
        "/v1/calculations", "/v1/checks", "/v1/metrics", "/v1/units", "/v1/factor-sets", "/v1/factor-sets/cn-2020",
        "/v1/factors/cn-mee/electricity/2021:national", "/v1/submissions", "/v1/submissions/{id}", "/v1/submissions/{id}/revisions",
        "/v1/submissions/{id}/revisions/1", "/v1/submissions/{id}/results", "/v1/keys", "/v1/keys/em_00000000", "/healthz",
        "/workbench/check", "/workbench/paper",
    ];

    // What each route serves; every other method of the five is garbage.
    private static readonly Dictionary<string, string[]> Served = new()
    {
        ["/v1/calculations"] = ["POST"],
        ["/v1/checks"] = ["POST"],
        ["/v1/factor-sets"] = ["GET", "POST"],
        ["/v1/submissions"] = ["GET", "POST"],
        ["/v1/submissions/{id}"] = ["GET", "PUT"],
        ["/v1/keys/em_00000000"] = ["DELETE"],
        ["/workbench/check"] = ["POST"],
        ["/workbench/paper"] = ["POST"],
    };

    // Built on first use: the tables below are static fields initialised after this one.
    private static readonly Lazy<List<HostileRequest>> Corpus = new(Build);

    public static IReadOnlyList<HostileRequest> All => Corpus.Value;

    private static List<HostileRequest> Build()
    {
        var list = new List<HostileRequest>();
        GarbageBodies(list);
        MediaTypes(list);
        Numbers(list);
        Units(list);
        Formulas(list);
        Paths(list);
        Queries(list);
        Methods(list);
        return list;
    }

    private static void GarbageBodies(List<HostileRequest> list)
    {
        var bodies = new List<(string Name, byte[] Bytes)>();
        void Text(string name, string text) => bodies.Add((name, Encoding.UTF8.GetBytes(text)));
        void Raw(string name, params byte[] bytes) => bodies.Add((name, bytes));

        foreach (var text in new[]
        {
            "{", "}", "[", "]", "{]", "[}", "{\"a\"", "{\"a\":", "{\"a\":1,,}", "{,}", "\"", "\"\\u\"", "nul", "tru", "-", "+1", "0x10", "1e", ".e1",
            "[]", "0", "-0", "1e999999", "\"x\"", "true", "null", "{\"a\":1,\"a\":2}", "{\"__proto__\":{}}", "{\"$type\":\"System.IO.FileInfo\"}",
            "{\"figures\":\"\\ud800\"}", "{\"a\":\"\\u0000\"}", "{\"\":1}", "{\"a\":1}\u0000", "\u00a0{}", "{\"a\":[" + new string('1', 5000) + "]}",
        })
        {
            Text("body " + JsonSerializer.Serialize(text.Length > 40 ? text[..40] + "…" : text), text);
        }

        Text("body: 60,000 nested arrays", new string('[', 60_000));
        Text("body: 20,000 nested objects", string.Concat(Enumerable.Repeat("{\"a\":", 20_000)));
        Text("body: key of 10,000 characters", "{\"" + new string('k', 10_000) + "\":1}");
        Text("body: string over the body limit", "{\"a\":\"" + new string('x', 70_000) + "\"}");
        Text("body: one megabyte of spaces", new string(' ', 1_048_576));
        Text("body: 20,000 array entries", "{\"figures\":[" + string.Join(",", Enumerable.Repeat("{}", 20_000)) + "]}");
        Raw("body: invalid UTF-8 lead byte", 0x7B, 0x22, 0x61, 0x22, 0x3A, 0x22, 0xC0, 0xAF, 0x22, 0x7D);
        Raw("body: overlong UTF-8 brace", 0xC1, 0xBB, 0x7D);
        Raw("body: UTF-16LE with byte order mark", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("{\"a\":1}")]);
        Raw("body: UTF-32 byte order mark", 0xFF, 0xFE, 0x00, 0x00, 0x7B, 0x00, 0x00, 0x00);
        Raw("body: NUL bytes", 0x00, 0x00, 0x00, 0x00);
        Raw("body: UTF-8 byte order mark then garbage", 0xEF, 0xBB, 0xBF, 0x7B, 0x7B);
        Raw("body: lone continuation bytes", 0x80, 0x80, 0x80);

        foreach (var route in BodyRoutes)
        {
            var (method, path) = Split(route);
            list.AddRange(bodies.Select(b => new HostileRequest($"{route} {b.Name}", method, path, b.Bytes)));
        }
    }

    private static void MediaTypes(List<HostileRequest> list)
    {
        var body = Encoding.UTF8.GetBytes("{\"unknownField\":1}");
        string?[] types =
        [
            null, "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/json; charset=utf-16",
            "application/json; charset=x-unknown", ";;;", "application/", "application/json, text/plain", "application/json\u0000",
        ];
        foreach (var route in BodyRoutes)
        {
            var (method, path) = Split(route);
            list.AddRange(types.Select(t => new HostileRequest($"{route} Content-Type {JsonSerializer.Serialize(t)}", method, path, body, t)));
        }
    }

    // Numbers past decimal's range, past the exponent limits, and malformed in every way reports could be forged.
    private static readonly string[] BadNumbers =
    [
        "1e29", "-1e29", "79228162514264337593543950336", "-79228162514264337593543950336", "1" + new string('0', 40),
        "1e2147483648", "1e-2147483649", "1e+99999", new string('9', 500), "1,2,3", "1..2", "--1", "+-1", "1e", "e5", "∞", "NaN", "Infinity",
        "-Infinity", "0x1F", "1_000", "1,0000", "1.2.3", "%", "5%%", "10^29", "1e29%", "", " ", "\u0000", "1\u00002", "١٢٣", "1/0", "one",
        "1 2", "(1)", "1e1e1", "1.", ".", "1ee5", "亿亿亿亿亿亿亿亿", "1" + new string('亿', 4), "9" + new string('万', 8),
    ];

    private static void Numbers(List<HostileRequest> list)
    {
        foreach (var number in BadNumbers)
        {
            var json = JsonSerializer.Serialize(number);
            var amount = JsonSerializer.Serialize(number + " MWh");
            list.Add(Post($"check figure value {json}", "/v1/checks", $$"""{"figures":[{"id":"a","value":{{json}},"unit":"t"}]}"""));
            list.Add(Post($"calculation amount {amount}", "/v1/calculations", $$"""{"factorSet":"cn-2020","electricity":[{"amount":{{amount}},"region":"CN"}]}"""));
            list.Add(Post($"calculation headcount {json}", "/v1/calculations", $$"""{"factorSet":"cn-2020","headcount":{{json}}}"""));
        }
    }

    private static readonly string[] BadUnits =
    [
        "MWhh", "kg^", "kg^^2", "kg^1.5", "kg^-", "kg^+-2", "kg²⁻", "()", "(kg", "kg)", "kg//m", "kg·", "·kg", "10^kg", "10^29kg", "10⁹⁹⁹kg",
        "kg^100", "k\u200Bg", "\u202Ekg", "кg", "kg\u0000", "🔥", "亿亿亿亿亿亿亿度", "m^99·m^99·m^99", new string('m', 257),
        string.Join("·", Enumerable.Repeat("kg", 40)), new string('(', 9) + "kg" + new string(')', 9), "kg/", "/", "^2", "²", "kg**2",
        "kg^2^2", "tCO2e/", "10^", "10^-99999t", "1e3t", "kg;DROP TABLE", "kg' OR '1'='1", "%00kg", "kg\\u0000", "../kg",
    ];

    private static void Units(List<HostileRequest> list)
    {
        foreach (var unit in BadUnits)
        {
            var json = JsonSerializer.Serialize(unit);
            list.Add(Post($"check figure unit {json}", "/v1/checks", $$"""{"figures":[{"metric":"ghg.total","value":"69.44","unit":{{json}}}]}"""));
            list.Add(Post($"calculation fuel unit {json}", "/v1/calculations",
                $$"""{"factorSet":"cn-2020","region":"CN","fuels":[{"fuel":"diesel","amount":{{JsonSerializer.Serialize("1 " + unit)}}}]}"""));
        }
    }

    private static readonly string[] BadFormulas =
    [
        "", " ", "a +", "+", "()", "(a", "a)", "a ** b", "a ^", "a ^ 99999", "a a", "a * 10^999", "1e999 * a", "a % a", "$a",
        "a\u0000", "a; DROP TABLE submissions", new string('a', 10_001), string.Join(" + ", Enumerable.Repeat("a", 600)),
        new string('(', 70) + "a" + new string(')', 70), new string('-', 600) + "a", "a / ", "a = a", "a == a", "a ? a : a", "{a}", "[a]",
        "a,a", "'a'", "\"a\"", "a..b", "a.", ".a", "a^a", "a ^ -99999", "a * 79228162514264337593543950336",
    ];

    private static void Formulas(List<HostileRequest> list)
    {
        foreach (var formula in BadFormulas)
        {
            var json = JsonSerializer.Serialize(formula);
            list.Add(Post($"check relation formula {(json.Length > 60 ? json[..60] + "…" : json)}", "/v1/checks",
                $$"""{"figures":[{"id":"a","value":"1","unit":"t"}],"relations":[{"id":"r","metric":"a","formula":{{json}}}]}"""));
        }
    }

    private static readonly string[] BadIds =
    [
        "..%2F..%2Fetc%2Fpasswd", "%0A", new string('a', 1000), "%27%20OR%201%3D1%20--", "%E2%80%AE", "%FF", "00000000000000000000000000000000",
        "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ", "-1", "%7Bid%7D", "%20", "0196f0a0-0000-7000-8000-000000000001", "%C0%AF", "%F0%9F%94%A5", "..",
    ];

    private static void Paths(List<HostileRequest> list)
    {
        var revision = Encoding.UTF8.GetBytes("""{"kind":"inputs","period":"2020","document":{}}""");
        foreach (var id in BadIds)
        {
            list.Add(new HostileRequest($"GET submission id {id}", "GET", $"/v1/submissions/{id}"));
            list.Add(new HostileRequest($"GET revisions of id {id}", "GET", $"/v1/submissions/{id}/revisions"));
            list.Add(new HostileRequest($"GET revision 1 of id {id}", "GET", $"/v1/submissions/{id}/revisions/1"));
            list.Add(new HostileRequest($"GET results of id {id}", "GET", $"/v1/submissions/{id}/results"));
            list.Add(new HostileRequest($"PUT revision of id {id}", "PUT", $"/v1/submissions/{id}", revision));
            list.Add(new HostileRequest($"GET factor set {id}", "GET", $"/v1/factor-sets/{id}"));
            list.Add(new HostileRequest($"GET factor {id}", "GET", $"/v1/factors/{id}"));
            list.Add(new HostileRequest($"DELETE key {id}", "DELETE", $"/v1/keys/{id}"));
        }

        foreach (var n in new[] { "0", "-1", "abc", "1e3", "99999999999999999999", "%0A", "1.0", "０", "2147483648" })
        {
            list.Add(new HostileRequest($"GET revision n {n}", "GET", "/v1/submissions/{id}/revisions/" + n));
        }

        foreach (var path in new[] { "/v1/nope", "/v1/calculations/x", "/v2/checks", "/v1//submissions", "/v1/submissions/{id}/nope", "/.env", "/v1/%2e%2e/nope", "/v1/keys/a/b" })
        {
            list.Add(new HostileRequest($"GET unknown route {path}", "GET", path));
        }
    }

    private static void Queries(List<HostileRequest> list)
    {
        foreach (var query in new[]
        {
            "limit=1e3", "limit=%0A", "limit=1&limit=2", "limit=0", "limit=-5", "limit=9999999999999999999999", "limit=%20", "limit=0x10", "limit=１",
            "after=%27", "after=" + new string('f', 33), "after=..%2F", "after=a&after=b", "period=%0A", "period=" + new string('p', 33), "period=a%00b",
            "period=%E2%80%AE2020", "period=a&period=b",
        })
        {
            list.Add(new HostileRequest($"GET submissions ?{query}", "GET", "/v1/submissions?" + query));
        }

        foreach (var query in new[] { "revision=0", "revision=-1", "revision=x", "revision=1e2", "revision=99999999999", "revision=1&revision=2" })
        {
            list.Add(new HostileRequest($"GET results ?{query}", "GET", "/v1/submissions/{id}/results?" + query));
        }

        foreach (var query in new[] { "version=0", "version=x", "version=-1", "version=1&version=2", "version=99999999999" })
        {
            list.Add(new HostileRequest($"GET factor set ?{query}", "GET", "/v1/factor-sets/cn-2020?" + query));
        }
    }

    private static void Methods(List<HostileRequest> list)
    {
        foreach (var route in Routes)
        {
            var served = Served.GetValueOrDefault(route, ["GET"]);
            foreach (var method in new[] { "GET", "POST", "PUT", "DELETE", "PATCH" }.Except(served))
            {
                list.Add(new HostileRequest($"{method} {route}", method, route, method is "GET" or "DELETE" ? null : "{}"u8.ToArray()));
            }
        }
    }

    private static HostileRequest Post(string name, string path, string body) => new(name, "POST", path, Encoding.UTF8.GetBytes(body));

    private static (string Method, string Path) Split(string route) => (route[..route.IndexOf(' ', StringComparison.Ordinal)], route[(route.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
}
