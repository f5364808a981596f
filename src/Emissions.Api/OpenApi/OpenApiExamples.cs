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

    // An excerpt of the real answer to CalculationRequest (OpenApiExampleTests checks it).
    public const string CalculationResponse = """
        {
          "metrics": [
            {"id": "energy.electricity", "value": "715200.83", "unit": "MWh",
             "trace": {"formula": "given", "inputs": [{"field": "$.electricity[0].amount", "value": "715200.83", "unit": "MWh"}], "factors": [], "notes": []}},
            {"id": "ghg.total", "value": "403805.8093446944826", "unit": "tCO2e",
             "trace": {"formula": "ghg.scope1 + ghg.scope2",
                       "inputs": [{"field": "ghg.scope1", "value": "3353.7524006944826", "unit": "tCO2e"}, {"field": "ghg.scope2", "value": "400452.056944", "unit": "tCO2e"}],
                       "factors": [], "notes": []}},
            {"id": "ghg.total.per-employee", "value": "18.78253915738845911902879204", "unit": "tCO2e/person",
             "trace": {"formula": "ghg.total / org.headcount",
                       "inputs": [{"field": "ghg.total", "value": "403805.8093446944826", "unit": "tCO2e"}, {"field": "org.headcount", "value": "21499", "unit": "person"}],
                       "factors": [], "notes": ["denominator: year-end headcount"]}}
          ],
          "factorSet": {"id": "cn-2020", "contentHash": "a9ade1a28ae3025a78e30cb54212da77f0e12299462198337e06d9a38f3b77a6"},
          "warnings": ["set cn-2020 is for reporting year 2020 but has emission-factor for electricity in CN only for data year 2021; using cn-mee/electricity/2021:national"]
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

    // The real answer to CheckRequest (OpenApiExampleTests checks it).
    public const string CheckResponse = """
        {
          "organization": "Kuaishou Technology",
          "period": "2020",
          "checks": [
            {"relation": "ghg.total.per-employee = ghg.total / org.headcount", "metric": "ghg.total.per-employee", "period": "2020",
             "formula": "ghg.total.per-employee = ghg.total / org.headcount", "verdict": "reproduced",
             "reported": {"value": "32.30", "unit": "噸/人", "low": "32.295", "high": "32.305", "lowInclusive": true, "highInclusive": false},
             "recomputed": {"value": "32.299176705893297363", "unit": "噸/人", "low": "32.29685101632634076", "high": "32.301502395460253965",
                            "lowInclusive": true, "highInclusive": true},
             "material": false,
             "implied": [
               {"name": "ghg.total", "value": "69.44177", "unit": "萬噸", "low": "69.4310205", "high": "69.4525195"},
               {"name": "org.headcount", "value": "21498.452012383900929", "unit": "人", "low": "21493.576845689521746", "high": "21503.328688651494039"}
             ],
             "explanation": "At face value 32.299177 噸/人, which prints as 32.30."}
          ],
          "summary": {"reproduced": 1, "consistent": 0, "discrepant": 0, "unverifiable": 0, "material": 0},
          "flags": [],
          "notes": ["ghg.total: mass read as CO2e mass (the metric is CO2e)", "ghg.total.per-employee: mass read as CO2e mass (the metric is CO2e)"]
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
          "title": "Acme, reporting year 2020 on MEE/NBS data year 2022",
          "description": "cn-2020 conventions with the 2022 grid factors.",
          "editions": ["cn-mee/electricity/2022", "cn-guideline/fuels/2024", "cn-ndrc/public-building-guideline/trial",
                       "gbt-2589/calorific/2008-annex-a", "ipcc/gwp/ar5", "blends/refrigerants/2024"],
          "method": "cn",
          "gwp": "AR5",
          "ch4Convention": "single",
          "naturalGasRow": "oil-field",
          "electricity": {"location": "location-average", "residual": "residual-excl-market-non-fossil"},
          "fallbacks": {"regionToNational": true, "earlierDataYear": false},
          "reportingYear": 2020
        }
        """;

    public const string FactorSetCreated = """
        {"id": "acme-2020", "version": 1, "contentHash": "…sha256 of the set's factors and conventions…", "definitionHash": "…sha256 of the definition as stored…"}
        """;
}
