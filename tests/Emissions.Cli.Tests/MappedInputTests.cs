using System.Text;
using System.Text.Json;

using static Emissions.Cli.Tests.CliHarness;

namespace Emissions.Cli.Tests;

/// <summary>
/// A large input file read from its mapped pages (<see cref="MappedFile"/>) instead of an array: the same figures, the
/// same byte order mark and encoding handling, the same one-line error for text that is not JSON.
/// </summary>
public class MappedInputTests
{
    // 2,000 lines of 1.5 MWh on the North grid in 2022 (cn-mee/electricity/2022:north, 0.6776 tCO2/MWh):
    // 3,000 MWh, 3,000 × 0.6776 = 2,032.8 tCO2e; about 110 KB, above the size mapped.
    private static string Inventory(string tail = "}") =>
        "{\"factorSet\": \"cn-2022\", \"electricity\": ["
        + string.Join(", ", Enumerable.Repeat("{\"amount\": \"1.500 MWh\", \"region\": \"CN-North\"}", 2000))
        + "]" + tail;

    [Fact]
    public void A_large_inventory_file_is_mapped_and_calculates_its_figures()
    {
        var path = TempJson(Inventory());
        Assert.True(new FileInfo(path).Length >= MappedFile.MinLength);

        var (exit, output, error) = Run("calculate", path, "--format", "csv");

        Assert.Equal((0, ""), (exit, error));
        Assert.Contains("\nghg.scope2,,2032.8,tCO2e,", output, StringComparison.Ordinal);
        Assert.Contains("\nenergy.electricity,,3000,MWh,", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-8 with a byte order mark")]
    [InlineData("utf-16")]
    public void A_large_inventory_file_with_a_byte_order_mark_reads_as_its_text(string encoding)
    {
        var path = Path.Combine(Path.GetTempPath(), $"emissions-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Inventory(), encoding == "utf-16" ? Encoding.Unicode : new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var (exit, output, error) = Run("calculate", path, "--format", "csv");

        Assert.Equal((0, ""), (exit, error));
        Assert.Contains("\nghg.scope2,,2032.8,tCO2e,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_file_that_is_not_json_fails_where_a_document_parse_fails()
    {
        var text = Inventory(", \"period\": 2022x}");
        var expected = Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(text));

        var (exit, _, error) = Run("calculate", TempJson(text));

        Assert.Equal(2, exit);
        Assert.EndsWith($": not valid JSON (line {expected.LineNumber + 1}, byte {expected.BytePositionInLine + 1}): expected a JSON object as in CONTRACT.md\n", error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_file_maps_to_its_bytes_and_a_small_one_is_left_to_an_array_read()
    {
        var large = TempJson(Inventory());
        var small = TempJson("""{"factorSet": "cn-2022"}""");

        using (var mapped = MappedFile.TryOpen(large))
        {
            Assert.NotNull(mapped);
            Assert.True(mapped.Memory.Span.SequenceEqual(File.ReadAllBytes(large)));
        }

        Assert.Null(MappedFile.TryOpen(small));
    }

    [Fact]
    public async Task A_large_inventory_written_into_a_named_pipe_is_read_whole_not_mapped()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no mkfifo; a Windows pipe has no path a user would hand the CLI
        }

        var (exit, output, error) = await NamedPipe.ReadWhileWritten(Inventory(), pipe => Run("calculate", pipe, "--format", "csv"));

        Assert.Equal((0, ""), (exit, error));
        Assert.Contains("\nghg.scope2,,2032.8,tCO2e,", output, StringComparison.Ordinal);
    }
}
