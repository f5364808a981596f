using System.Text.Json;
using System.Text.Json.Serialization;
using Emissions.Contract.Checks;
using Emissions.Verification;

namespace Emissions.Api.Compute;

/// <summary>
/// A check report as a response body: serialised by <see cref="CheckReportJson"/> straight into the
/// response (or into the submission results that embed it), with the caller's writer and encoder.
/// Before, the report was written to a string, parsed back into a JsonDocument and serialised again;
/// the bytes are the same, the two extra passes are gone.
/// </summary>
[JsonConverter(typeof(CheckReportBodyConverter))]
public sealed class CheckReportBody(CheckReport report)
{
    public CheckReport Report { get; } = report ?? throw new ArgumentNullException(nameof(report));
}

/// <summary>Write-only: a check report is an answer, never read back from JSON.</summary>
public sealed class CheckReportBodyConverter : JsonConverter<CheckReportBody>
{
    public override CheckReportBody Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("a check report is written, not read");

    public override void Write(Utf8JsonWriter writer, CheckReportBody value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        CheckReportJson.Write(writer, value.Report);
    }
}
