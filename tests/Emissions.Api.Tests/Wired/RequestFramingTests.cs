using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Emissions.Api.Tests.Infrastructure;

namespace Emissions.Api.Tests.Wired;

/// <summary>The service as its own process, spoken to in raw HTTP/1.1 bytes: what a client that frames a request badly gets.</summary>
public sealed class RequestFramingTests(RequestFramingTests.Service service) : IClassFixture<RequestFramingTests.Service>
{
    /// <summary>One service process for the class.</summary>
    public sealed class Service : IAsyncLifetime
    {
        public ServiceProcess Process { get; private set; } = null!;

        public async Task InitializeAsync() => Process = await ServiceProcess.StartAsync();

        public async Task DisposeAsync() => await Process.DisposeAsync();
    }

    [Fact]
    public async Task A_chunked_body_with_a_bad_chunk_size_is_a_problem_naming_Transfer_Encoding()
    {
        var answer = await SendAsync("POST /v1/calculations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n" +
            "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n");

        var (head, body) = Split(answer);
        Assert.StartsWith("HTTP/1.1 400 ", head, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/problem+json", head, StringComparison.Ordinal);
        var problem = JsonDocument.Parse(Dechunk(body)).RootElement;
        Assert.Equal(("Transfer-Encoding", "chunked", "header"),
            (problem.GetProperty("field").GetString(), problem.GetProperty("value").GetString(), problem.GetProperty("location").GetString()));
        Assert.StartsWith("a body in the chunked coding Transfer-Encoding names", problem.GetProperty("expected").GetString(), StringComparison.Ordinal);
        Assert.Equal("Bad chunk size data.", problem.GetProperty("detail").GetString());
    }

    /// <summary>
    /// A documented limit, not a wish: Kestrel refuses a request target with a NUL while it parses the request line,
    /// before any application code runs (HttpProtocol.ProcessRequestsAsync answers its BadHttpRequestException itself),
    /// so the answer is a bare 400 without a problem document or X-Request-Id (README "Limits", docs/CONTRACT.md).
    /// </summary>
    [Fact]
    public async Task A_nul_in_the_path_is_refused_by_Kestrel_before_the_application()
    {
        var answer = await SendAsync("GET /v1/factors/%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        var (head, body) = Split(answer);
        Assert.StartsWith("HTTP/1.1 400 Bad Request\r\n", head, StringComparison.Ordinal);
        Assert.Contains("Content-Length: 0", head, StringComparison.Ordinal);
        Assert.DoesNotContain("X-Request-Id", head, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("", body);
    }

    private async Task<string> SendAsync(string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(service.Process.Address.Host, service.Process.Address.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await reader.ReadToEndAsync(timeout.Token);
    }

    private static (string Head, string Body) Split(string answer)
    {
        var end = answer.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (answer[..(end + 2)], answer[(end + 4)..]);
    }

    // The problem is written chunked when the service does not know its length in advance.
    private static string Dechunk(string body)
    {
        if (body.StartsWith('{'))
        {
            return body;
        }

        var text = new StringBuilder();
        var rest = body;
        while (rest.Length > 0)
        {
            var line = rest.IndexOf("\r\n", StringComparison.Ordinal);
            var size = Convert.ToInt32(rest[..line], 16);
            if (size == 0)
            {
                break;
            }

            text.Append(rest.AsSpan(line + 2, size));
            rest = rest[(line + 2 + size + 2)..];
        }

        return text.ToString();
    }
}
