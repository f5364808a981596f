using Emissions.Factors.Loading;

namespace Emissions.Factors.Tests;

public class ShippedFactorsTests
{
    [Fact]
    public void Every_shipped_file_validates()
    {
        var exception = Record.Exception(() => FactorLibrary.Load(RepositoryFactors.Path));
        Assert.True(exception is null, exception?.Message);
    }
}
