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

    // A share is compared as a ratio: "about 25 %" is 0.25, against 1 − 1.2 / 1.58 (CONTRACT: percent is a unit).
    public const string CheckRequest = """
        {
          "organization": "Kuaishou Technology",
          "period": "2020",
          "figures": [
            {"metric": "ghg.total", "value": "69.44", "unit": "萬噸"},
            {"metric": "ghg.total.per-employee", "value": "32.30", "unit": "噸/人"},
            {"metric": "org.headcount", "value": "21,499", "unit": "人"},
            {"id": "ulanqab_pue", "metric": "dc.pue", "value": "1.2", "qualifier": "at-most", "site": "ulanqab"},
            {"id": "ulanqab_saving_pct", "value": "25", "unit": "%", "qualifier": "about"},
            {"id": "uptime_2020_pue", "value": "1.58"}
          ],
          "relations": [
            {"id": "ulanqab_vs_uptime", "metric": "ulanqab_saving_pct", "formula": "1 - ulanqab_pue / uptime_2020_pue"}
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
            {"relation": "ghg.total.per-employee = ghg.total / org.headcount", "figure": "ghg.total.per-employee", "metric": "ghg.total.per-employee", "period": "2020",
             "formula": "ghg.total.per-employee = ghg.total / org.headcount", "verdict": "reproduced",
             "reported": {"value": "32.30", "unit": "噸/人", "low": "32.295", "high": "32.305", "lowInclusive": true, "highInclusive": false},
             "recomputed": {"value": "32.299176705893297363", "unit": "噸/人", "low": "32.29685101632634076", "high": "32.301502395460253965",
                            "lowInclusive": true, "highInclusive": true},
             "material": false,
             "implied": [
               {"name": "ghg.total", "value": "69.44177", "unit": "萬噸", "low": "69.4310205", "high": "69.4525195"},
               {"name": "org.headcount", "value": "21498.452012383900929", "unit": "人", "low": "21493.576845689521746", "high": "21503.328688651494039"}
             ],
             "explanation": "At face value 32.299177 噸/人, which prints as 32.30."},
            {"relation": "ulanqab_vs_uptime", "figure": "ulanqab_saving_pct", "metric": null, "period": "2020",
             "formula": "ulanqab_saving_pct = 1 - ulanqab_pue / uptime_2020_pue", "verdict": "consistent",
             "reported": {"value": "25", "unit": "%", "qualifier": "about", "low": "23.75", "high": "26.25", "lowInclusive": true, "highInclusive": true},
             "recomputed": {"value": "24.050632911392405063", "unit": "%", "low": "23.809523809523809524", "high": "100",
                            "lowInclusive": true, "highInclusive": true},
             "deviation": {"absolute": "0.94936708860759493671 %", "relative": "3.9473684210526315789 %"},
             "material": false,
             "implied": [
               {"name": "ulanqab_pue", "value": "1.185", "unit": "", "low": "1.1615625", "high": "1.2085625"},
               {"name": "uptime_2020_pue", "value": "1.6", "unit": "", "low": "0", "high": "1.6271186440677966102"}
             ],
             "ifExact": {"printsAs": "24", "verdict": "consistent"},
             "explanation": "At face value 24.0506 % (taking ulanqab_pue 'at-most 1.2' as 1.2), within 'about 25 %' (tolerance 5.00 %: [23.75, 26.25] %); read as exact it would print as 24 %, not 25 %. Implied for an exact match: ulanqab_pue 1.185; uptime_2020_pue 1.6."}
          ],
          "summary": {"reproduced": 1, "consistent": 1, "discrepant": 0, "unverifiable": 0, "material": 0},
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
