using System.Text.Json;
using System.Text.RegularExpressions;
using Emissions.Api.Compute;
using Emissions.Api.Factors;
using Emissions.Api.Json;
using Emissions.Api.Problems;

namespace Emissions.Api.Submissions;

/// <summary>
/// The body of POST /v1/submissions and PUT /v1/submissions/{id}:
/// {"kind": "inputs"|"report", "period": "2020", "factorSet": "cn-2020", "factorSetVersion": 2, "document": {…}}.
/// Unknown envelope fields are refused (400 unknown-field); the document's own fields are the compute modules' business.
/// </summary>
public sealed partial record SubmissionEnvelope(string Kind, string Period, FactorSetReference? FactorSet, JsonElement Document)
{
    private static readonly string[] Fields = ["kind", "period", "factorSet", "factorSetVersion", "document"];

    public static SubmissionEnvelope Parse(JsonElement root)
    {
        JsonFields.RequireObject(root, JsonPath.Root);
        JsonFields.RejectUnknown(root, JsonPath.Root, Fields);
        var kind = JsonFields.RequireString(root, JsonPath.Root, "kind", "\"inputs\" or \"report\"");
        if (!SubmissionKinds.IsKnown(kind))
        {
            throw ApiProblemException.Field(ProblemKinds.InvalidValue, "$.kind", $"'{kind}' is not a submission kind", kind, "\"inputs\" or \"report\"");
        }

        var period = JsonFields.RequireString(root, JsonPath.Root, "period", "a period such as \"2020\", \"2020-H1\" or \"FY2020\"");
        if (!PeriodPattern().IsMatch(period))
        {
            throw ApiProblemException.Field(ProblemKinds.InvalidValue, "$.period", $"'{period}' is not a period", period,
                "1–32 letters, digits, '.', '_' or '-', starting with a letter or digit (e.g. \"2020\", \"2020-H1\")");
        }

        var setId = JsonFields.OptionalString(root, JsonPath.Root, "factorSet", "a factor-set id such as \"cn-2020\"");
        var setVersion = JsonFields.OptionalPositiveInt(root, JsonPath.Root, "factorSetVersion", "a custom factor-set version (1, 2, …)");
        if (setVersion is not null && setId is null)
        {
            throw ApiProblemException.Field(ProblemKinds.MissingField, "$.factorSet", "'factorSetVersion' needs 'factorSet'", null, "the id of a custom factor set");
        }

        var document = JsonFields.RequireObjectField(root, JsonPath.Root, "document",
            kind == SubmissionKinds.Inputs ? "a calculation request object (CONTRACT.md, Calculate)" : "a check request object (CONTRACT.md, Check)");
        var purpose = kind == SubmissionKinds.Inputs ? ComputeKind.Calculation : ComputeKind.Check;
        var named = FactorSetReference.Find(purpose, document, "$.document");
        FactorSetReference? reference = null;
        if (setId is not null)
        {
            FactorSetReference.ValidateId(setId, "$.factorSet");
            if (named is not null && !string.Equals(named.Id, setId, StringComparison.Ordinal))
            {
                throw ApiProblemException.Field(ProblemKinds.InvalidValue, "$.factorSet",
                    $"'factorSet' is '{setId}' but the document names '{named.Id}' at {named.Path}", setId, $"'{named.Id}', or leave one of them out");
            }

            reference = new FactorSetReference(setId, "$.factorSet", setVersion);
        }
        else
        {
            reference = named;
        }

        return new SubmissionEnvelope(kind, period, reference, document);
    }

    [GeneratedRegex("^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();
}
