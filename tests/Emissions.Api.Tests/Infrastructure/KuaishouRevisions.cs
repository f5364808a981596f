namespace Emissions.Api.Tests.Infrastructure;

/// <summary>
/// The README's stored-submission example, two revisions of one submission: Kuaishou 2020's electricity (ESG report
/// 2020, energy table), then its purchased heat added. The Submissions page tests and the browser test diff them.
/// </summary>
public static class KuaishouRevisions
{
    public const string First = """
        {"kind": "inputs", "period": "2020", "factorSet": "cn-2020",
         "document": {"headcount": "21,499", "electricity": [{"amount": "715,200.83 兆瓦時", "region": "CN-North"}]}}
        """;

    public const string Second = """
        {"kind": "inputs", "period": "2020", "factorSet": "cn-2020",
         "document": {"headcount": "21,499", "electricity": [{"amount": "715,200.83 兆瓦時", "region": "CN-North"}], "heat": [{"amount": "20,256.68 吉焦"}]}}
        """;
}
