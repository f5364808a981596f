namespace Emissions.Api.OpenApi;

/// <summary>Examples for the OpenAPI document, in the shapes of CONTRACT.md.</summary>
public static class OpenApiExamples
{
    public const string CalculationRequest = """
        {
          "organization": "Example Co",
          "period": "2020",
          "factorSet": "cn-2020",
          "headcount": "21,499",
          "fuels": [{"fuel": "natural-gas", "amount": "273,431.40 m³"}, {"fuel": "diesel", "amount": "892.32 t"}],
          "electricity": [{"amount": "715,200.83 MWh", "region": "CN-North"}],
          "heat": [{"amount": "20,256.68 GJ"}]
        }
        """;

    public const string CalculationResponse = """
        {
          "metrics": [
            {"id": "energy.electricity", "value": "715200.83", "unit": "MWh",
             "trace": {"formula": "input", "inputs": [{"field": "$.electricity[0].amount", "value": "715200.83", "unit": "MWh"}], "factors": []}}
          ],
          "factorSet": {"id": "cn-2020", "contentHash": "…"},
          "warnings": []
        }
        """;

    public const string CheckRequest = """
        {
          "organization": "Kuaishou Technology",
          "period": "2020",
          "figures": [
            {"metric": "ghg.total", "value": "69.44", "unit": "萬噸"},
            {"metric": "ghg.total.per-employee", "value": "32.30", "unit": "噸/人"},
            {"metric": "org.headcount", "value": "21,499", "unit": "人"}
          ],
          "options": {"materiality": "5%"}
        }
        """;

    public const string CheckResponse = """
        {
          "checks": [
            {"relation": "ghg.total.per-employee", "metric": "ghg.total.per-employee", "period": "2020",
             "formula": "ghg.total.per-employee = ghg.total / org.headcount", "verdict": "consistent",
             "reported": {"value": "32.30", "unit": "t/person", "low": "32.295", "high": "32.305"},
             "recomputed": {"value": "32.2992", "unit": "t/person", "low": "32.2990", "high": "32.2994"}}
          ],
          "summary": {"reproduced": 0, "consistent": 1, "discrepant": 0, "unverifiable": 0}
        }
        """;

    public const string SubmissionRequest = """
        {
          "kind": "inputs",
          "period": "2020",
          "factorSet": "cn-2020",
          "document": {"organization": "Example Co", "period": "2020", "factorSet": "cn-2020",
                       "electricity": [{"amount": "715,200.83 MWh", "region": "CN-North"}]}
        }
        """;

    public const string SubmissionReceipt = """
        {
          "id": "0197a5c2e7b47c1a9d3e5f6a7b8c9d0e",
          "revision": 1,
          "organization": "example-co",
          "kind": "inputs",
          "period": "2020",
          "factorSet": {"id": "cn-2020", "version": null, "contentHash": "5d41402abc4b2a76b9719d911017c592…"},
          "contentHash": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
          "createdAt": "2025-01-31T09:30:00+00:00",
          "createdBy": "em_AbCdEfGh"
        }
        """;

    public const string FactorSetDefinition = """
        {
          "id": "acme-2020",
          "title": "Acme, reporting year 2020",
          "editions": ["cn-mee/electricity/2021", "cn-guideline/fuels/2024", "ipcc/gwp/ar5"],
          "method": "cn",
          "gwp": "AR5"
        }
        """;
}
