using Emissions.Api.Tests.Infrastructure;
using Emissions.Api.Tests.Service;

namespace Emissions.Api.Tests.Wired;

/// <summary>
/// POST /v1/checks reads its body into a buffer rented from the shared pool and returns it once the request is read,
/// before the answer is written (its CSV table and workbook are rendered after that): a later request reusing the buffer
/// must not change an earlier answer.
/// </summary>
public sealed class CheckBodyBufferTests(RealServiceFixture fixture) : IClassFixture<RealServiceFixture>
{
    private static readonly string[] Reports = ["kuaishou-2020", "kuaishou-2019", "douyin-2022", "bytedance-2020"];

    [Fact]
    public async Task Answers_of_requests_read_from_reused_buffers_equal_the_same_requests_answered_alone()
    {
        var client = fixture.Factory.CreateClient();
        var bodies = Reports.Select(r => Repository.Read($"tests/fixtures/{r}/report.json")).ToList();
        var alone = new List<(string Json, string Csv)>();
        foreach (var body in bodies)
        {
            alone.Add((await AnswerAsync(client, body, "application/json"), await AnswerAsync(client, body, "text/csv")));
        }

        // Every report three times, all at once: the buffers go back to the pool and out again while answers are written.
        var together = await Task.WhenAll(Enumerable.Range(0, bodies.Count * 3).Select(async i =>
        {
            var body = bodies[i % bodies.Count];
            return (Index: i % bodies.Count, Json: await AnswerAsync(client, body, "application/json"), Csv: await AnswerAsync(client, body, "text/csv"));
        }));

        foreach (var (index, json, csv) in together)
        {
            Assert.Equal(alone[index].Json, json);
            Assert.Equal(alone[index].Csv, csv);
        }

        Assert.Contains("\"organization\":\"Kuaishou Technology\"", alone[0].Json, StringComparison.Ordinal);
    }

    private static async Task<string> AnswerAsync(HttpClient client, string body, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/checks") { Content = Wire.Body(body) };
        request.Headers.Accept.ParseAdd(accept);
        using var response = await client.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
