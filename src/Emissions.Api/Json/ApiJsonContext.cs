using System.Text.Json;
using System.Text.Json.Serialization;
using Emissions.Api.Compute;
using Emissions.Api.Endpoints;
using Emissions.Api.Factors;
using Emissions.Api.Problems;
using Emissions.Api.Submissions;
using Emissions.Attribution;
using Emissions.Contract.Calculations;
using Emissions.Factors;
using Emissions.Quantities;

namespace Emissions.Api.Json;

/// <summary>
/// Serialisation code for every body the endpoints write as JSON (and every type the OpenAPI document describes),
/// generated at build time and first in <c>JsonOptions.SerializerOptions.TypeInfoResolverChain</c>: the Native AOT
/// service has no reflection-based serialiser (ADR 0020), and the JIT build uses the same code, so both write the same
/// bytes. The options are the service's (<see cref="ServiceRegistration"/>): web defaults, nulls left out, and the
/// relaxed encoder and the trace converters set there at run time (converters named here would reach only the
/// context's own options, which the service does not use). A type missing here fails the AOT build's endpoint tests with
/// "JsonTypeInfo metadata for type … was not provided", not silently.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Liveness))]
[JsonSerializable(typeof(HealthReport))]
[JsonSerializable(typeof(UnitList))]
[JsonSerializable(typeof(SchemaList))]
[JsonSerializable(typeof(MetricList))]
[JsonSerializable(typeof(CalculationResponse))]
[JsonSerializable(typeof(CheckReportBody))]
[JsonSerializable(typeof(CalculationAttributionReport))]
[JsonSerializable(typeof(FactorSetList))]
[JsonSerializable(typeof(FactorSetDetail))]
[JsonSerializable(typeof(FactorSetCreated))]
[JsonSerializable(typeof(FactorDto))]
[JsonSerializable(typeof(SubmissionReceipt))]
[JsonSerializable(typeof(SubmissionView))]
[JsonSerializable(typeof(SubmissionPage))]
[JsonSerializable(typeof(RevisionList))]
[JsonSerializable(typeof(SubmissionResults))]
[JsonSerializable(typeof(KeyList))]
// Request bodies are read by JsonBodyReader; the OpenAPI document still describes them as JSON values.
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
// Values of problem details' extension members (written as object: their run-time types).
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(List<FactorSetError>))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
