using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Storage;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Emissions.Api.Tests.Readme;

/// <summary>
/// Every command in README.md's ```sh blocks is run against the real service in-process, in order, the
/// way a shell would: `KEY=$(… keys create --org O --role R)` makes a key, `ID=$(curl … | jq -r .id)`
/// keeps a field of the answer, and each curl must answer 2xx (or the status a "# → NNN" comment states).
/// Every route the service maps must have an example, and each ```json excerpt must quote its answer.
/// </summary>
public sealed partial class ReadmeExamplesTests : IDisposable
{
    private const string Origin = "http://localhost:5080";

    private readonly SqliteTestDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public void The_readme_has_curl_examples_and_they_parse()
    {
        var commands = ReadmeExamples.Commands(Repository.Read("README.md"));
        Assert.True(commands.Count(c => c.Text.Contains("curl ", StringComparison.Ordinal)) >= 15, string.Join("\n", commands.Select(c => c.Text)));
        var words = ReadmeExamples.Words("curl -H \"Authorization: Bearer $KEY\" -d '{\"a\": \"$x\"}' http://h/p # note", new Dictionary<string, string> { ["KEY"] = "k" });
        Assert.Equal(["curl", "-H", "Authorization: Bearer k", "-d", "{\"a\": \"$x\"}", "http://h/p"], words);
    }

    [Fact]
    public async Task Every_readme_command_works_against_the_service()
    {
        await using var factory = new ApiFactory(database, Modules.Real);
        var readme = Repository.Read("README.md");
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var ran = new List<(int Line, string Method, string Path, string Body)>();

        foreach (var command in ReadmeExamples.Commands(readme))
        {
            var text = command.Text.Trim();
            var assignment = Assignment().Match(text);
            var inner = assignment.Success ? assignment.Groups["command"].Value.Trim() : text;
            string? field = null;
            if (JqField().Match(inner) is { Success: true } jq)
            {
                field = jq.Groups["field"].Value;
                inner = inner[..jq.Index].Trim();
            }

            var words = ReadmeExamples.Words(inner, variables).ToList();
            string? output;
            if (words[0] == "curl")
            {
                var (method, path, status, body) = await CurlAsync(factory, words, command);
                ran.Add((command.Line, method, path, body));
                Assert.True(command.ExpectedStatus is null ? status is >= 200 and < 300 : status == command.ExpectedStatus,
                    $"README line {command.Line}: {method} {path} answered {status}: {body}");
                output = field is null ? body : JsonDocument.Parse(body).RootElement.GetProperty(field).GetString();
            }
            else if (words[0] == "dotnet" && words.Contains("keys") && words.Contains("create"))
            {
                var organization = words[words.IndexOf("--org") + 1];
                Assert.True(ApiKeys.TryParseRole(words[words.IndexOf("--role") + 1], out var role), $"README line {command.Line}: role");
                output = await factory.CreateKeyAsync(organization, role);
            }
            else
            {
                // `dotnet run`, `dotnet test` and CLI lines are documentation of other tools, run by their own tests.
                Assert.True(words[0] == "dotnet", $"README line {command.Line}: no way to run '{text}'");
                continue;
            }

            if (assignment.Success)
            {
                Assert.False(string.IsNullOrEmpty(output), $"README line {command.Line}: {assignment.Groups["name"].Value} would be empty");
                variables[assignment.Groups["name"].Value] = output!;
            }
        }

        AssertEveryRouteHasAnExample(factory, ran);
        AssertExcerptsQuoteTheirAnswers(readme, ran);
    }

    private static async Task<(string Method, string Path, int Status, string Body)> CurlAsync(ApiFactory factory, List<string> words, ReadmeCommand command)
    {
        string? method = null;
        string? url = null;
        byte[]? data = null;
        var headers = new List<(string Name, string Value)>();
        for (var i = 1; i < words.Count; i++)
        {
            switch (words[i])
            {
                case "-s" or "-S" or "-sS" or "--silent":
                    break;
                case "-X" or "--request":
                    method = words[++i];
                    break;
                case "-H" or "--header":
                    var header = words[++i];
                    var colon = header.IndexOf(':', StringComparison.Ordinal);
                    headers.Add((header[..colon].Trim(), header[(colon + 1)..].Trim()));
                    break;
                case "-d" or "--data" or "--data-binary":
                    var value = words[++i];
                    data = value.StartsWith('@') ? await File.ReadAllBytesAsync(Repository.PathOf(value[1..])) : Encoding.UTF8.GetBytes(value);
                    break;
                default:
                    Assert.True(words[i].StartsWith(Origin + "/", StringComparison.Ordinal), $"README line {command.Line}: unsupported curl argument '{words[i]}'");
                    url = words[i];
                    break;
            }
        }

        Assert.True(url is not null, $"README line {command.Line}: no URL");
        method ??= data is null ? "GET" : "POST";
        using var request = new HttpRequestMessage(new HttpMethod(method), url![Origin.Length..]);
        if (data is not null)
        {
            request.Content = new ByteArrayContent(data);

            // curl -d sends form encoding unless told otherwise, as the service would see it.
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-www-form-urlencoded");
        }

        foreach (var (name, value) in headers)
        {
            if (string.Equals(name, "Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                Assert.True(request.Content is not null, $"README line {command.Line}: Content-Type without a body");
                request.Content!.Headers.ContentType = MediaTypeHeaderValue.Parse(value);
            }
            else
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }
        }

        using var response = await factory.CreateClient().SendAsync(request);
        var path = request.RequestUri!.IsAbsoluteUri ? request.RequestUri.AbsolutePath : request.RequestUri.OriginalString.Split('?')[0];
        return (method, path, (int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static void AssertEveryRouteHasAnExample(ApiFactory factory, List<(int Line, string Method, string Path, string Body)> ran)
    {
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Route: e.RoutePattern)))
            .ToList();
        Assert.NotEmpty(routes);
        var missing = routes
            .Where(r => !ran.Any(x => x.Method == r.Method && Matches(r.Route, x.Path)))
            .Select(r => $"{r.Method} {r.Route.RawText}")
            .ToList();
        Assert.True(missing.Count == 0, "README has no curl example for: " + string.Join(", ", missing));
    }

    private static bool Matches(Microsoft.AspNetCore.Routing.Patterns.RoutePattern pattern, string path)
    {
        if (pattern.PathSegments.Count == 0)
        {
            return path == "/"; // the root route (the workbench page) has no segments
        }

        var regex = new StringBuilder("^");
        foreach (var segment in pattern.PathSegments)
        {
            regex.Append('/');
            foreach (var part in segment.Parts)
            {
                regex.Append(part switch
                {
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => Regex.Escape(literal.Content),
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { IsCatchAll: true } => ".+",
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => "[^/]+",
                    Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => Regex.Escape(separator.Content),
                    _ => "",
                });
            }
        }

        return Regex.IsMatch(path, regex.Append('$').ToString(), RegexOptions.None, TimeSpan.FromSeconds(1));
    }

    // Each string a ```json excerpt quotes (other than elisions with "…") is in the answer to the command just above it.
    private static void AssertExcerptsQuoteTheirAnswers(string readme, List<(int Line, string Method, string Path, string Body)> ran)
    {
        foreach (var excerpt in ReadmeExamples.Excerpts(readme))
        {
            var answer = ran.LastOrDefault(r => r.Line < excerpt.Line);
            Assert.True(answer.Body is not null, $"README line {excerpt.Line}: a JSON excerpt before any command");
            foreach (Match literal in StringLiteral().Matches(excerpt.Text))
            {
                if (!literal.Value.Contains('…', StringComparison.Ordinal))
                {
                    Assert.True(answer.Body.Contains(literal.Value, StringComparison.Ordinal),
                        $"README line {excerpt.Line}: {literal.Value} is not in the answer to line {answer.Line} ({answer.Method} {answer.Path})");
                }
            }
        }
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z_][A-Za-z0-9_]*)=\$\((?<command>.*)\)$", RegexOptions.Singleline)]
    private static partial Regex Assignment();

    [GeneratedRegex(@"\|\s*jq\s+-r\s+\.(?<field>[A-Za-z_][A-Za-z0-9_]*)\s*$")]
    private static partial Regex JqField();

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex StringLiteral();
}
