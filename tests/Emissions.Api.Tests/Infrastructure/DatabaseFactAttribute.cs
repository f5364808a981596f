using Xunit.Abstractions;
using Xunit.Sdk;

namespace Emissions.Api.Tests.Infrastructure;

/// <summary>
/// A fact that runs once per database: in a test class marked <see cref="RequiresPostgresAttribute"/>
/// it is skipped, with the reason shown, unless EMISSIONS_TEST_POSTGRES names a server.
/// </summary>
[XunitTestCaseDiscoverer("Emissions.Api.Tests.Infrastructure.DatabaseFactDiscoverer", "Emissions.Api.Tests")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class DatabaseFactAttribute : FactAttribute;

/// <summary>Marks a test class whose database is PostgreSQL.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class RequiresPostgresAttribute : Attribute;

public sealed class DatabaseFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public const string SkipReason = "PostgreSQL tests need EMISSIONS_TEST_POSTGRES (a connection string); .ci/run starts a server and sets it";

    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var needsPostgres = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresPostgresAttribute).AssemblyQualifiedName).Any();
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        yield return needsPostgres && PostgresTestDatabase.ServerConnectionString is null
            ? new SkippedTestCase(diagnostics, display, displayOptions, testMethod, SkipReason)
            : new XunitTestCase(diagnostics, display, displayOptions, testMethod);
    }
}

public sealed class SkippedTestCase : XunitTestCase
{
    private string reason = "";

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SkippedTestCase()
    {
    }

    public SkippedTestCase(IMessageSink diagnostics, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod testMethod, string reason)
        : base(diagnostics, display, displayOptions, testMethod)
    {
        this.reason = reason;
    }

    public override void Serialize(IXunitSerializationInfo data)
    {
        data.AddValue("SkipReasonText", reason);
        base.Serialize(data);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        reason = data.GetValue<string>("SkipReasonText");
        base.Deserialize(data);
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => reason;
}
