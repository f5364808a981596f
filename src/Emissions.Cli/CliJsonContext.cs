using System.Text.Json;
using System.Text.Json.Serialization;
using Emissions.Attribution;
using Emissions.Cli.Commands;
using Emissions.Contract.Calculations;
using Emissions.Quantities;

namespace Emissions.Cli;

/// <summary>
/// Serialisation code for every answer the CLI writes as JSON, generated at build time: no reflection at run time, so
/// the Native AOT build writes the same bytes as the JIT one (and starts without building serialisers).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CalculationResponse))]
[JsonSerializable(typeof(CalculationAttributionReport))]
[JsonSerializable(typeof(FactorListView))]
[JsonSerializable(typeof(FactorDetailView))]
[JsonSerializable(typeof(BlendDetailView))]
[JsonSerializable(typeof(List<SetView>))]
[JsonSerializable(typeof(UnitList))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
