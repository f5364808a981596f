namespace Emissions.Factors.Tests;

/// <summary>Resolution against the shipped sets: the answers a calculation over the real data gets.</summary>
public class ShippedSetResolutionTests
{
    private static FactorResolution Resolve(string set, FactorQuery query) => RepositoryFactors.Library.CreateResolver(set).Resolve(query);

    private static FactorQuery Electricity(string region, int? year = null, string? basis = null) =>
        new(FactorParameter.EmissionFactor, Carriers.Electricity, region, year, basis);

    [Fact]
    public void Cn_2022_north_china_grid_is_the_regional_2022_factor()
    {
        var resolution = Resolve("cn-2022", Electricity("CN-North", 2022));

        Assert.Equal("cn-mee/electricity/2022:north", resolution.Factor.Id);
        Assert.Equal(0.6776m, resolution.Factor.Value.Value);
        Assert.Empty(resolution.Warnings);
    }

    [Fact]
    public void Cn_2022_province_without_a_factor_falls_back_to_national_with_a_warning()
    {
        var resolution = Resolve("cn-2022", Electricity("CN-GD", 2022));

        Assert.Equal("cn-mee/electricity/2022:national", resolution.Factor.Id);
        Assert.Contains("region fallback", Assert.Single(resolution.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cn_2020_uses_data_year_2021_and_says_so()
    {
        var resolution = Resolve("cn-2020", Electricity("CN", 2020));

        Assert.Equal("cn-mee/electricity/2021:national", resolution.Factor.Id);
        Assert.Equal(0.5568m, resolution.Factor.Value.Value);
        Assert.Contains("set cn-2020 is for reporting year 2020", Assert.Single(resolution.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cn_2022_refuses_reporting_year_2023_because_it_allows_no_year_fallback()
    {
        var error = Assert.Throws<FactorResolutionException>(() => Resolve("cn-2022", Electricity("CN", 2023)));

        Assert.Contains("cn-mee/electricity/2022:national (region CN, data year 2022", error.Message, StringComparison.Ordinal);
        Assert.Contains("earlier data year not allowed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cn_ets_2022_uses_the_carbon_market_factor_and_has_no_residual()
    {
        Assert.Equal(0.5703m, Resolve("cn-ets-2022", Electricity("CN", 2022)).Factor.Value.Value);

        var error = Assert.Throws<FactorResolutionException>(() =>
            Resolve("cn-ets-2022", Electricity("CN", 2022, "residual-excl-market-non-fossil")));
        Assert.Contains("cn-mee-ets/grid/2022:national (region CN, reporting year 2022, basis ets-grid-average", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cn_sets_take_fuel_ncv_from_the_guideline_and_warn_that_it_is_secondary()
    {
        var resolution = Resolve("cn-2022", new FactorQuery(FactorParameter.NetCalorificValue, Carriers.Diesel, "CN", 2022));

        Assert.Equal("cn-guideline/fuels/2024:diesel.ncv", resolution.Factor.Id);
        Assert.Equal("factor cn-guideline/fuels/2024:diesel.ncv is secondary: one secondary source or third-party copy " +
                     "(GB/T 32151.22-2024 Annex C Table C.1 (常用化石燃料相关参数的缺省值), diesel, net calorific value)", Assert.Single(resolution.Warnings).Message);
    }

    [Fact]
    public void Natural_gas_standard_coal_coefficient_uses_the_sets_natural_gas_row()
    {
        var resolution = Resolve("cn-2022", new FactorQuery(FactorParameter.StandardCoalCoefficient, Carriers.NaturalGas, "CN", 2022));

        Assert.Equal("gbt-2589/calorific/2008-annex-a:natural-gas-oil-field.kgce", resolution.Factor.Id);
        Assert.Equal("1.3300", resolution.Factor.Value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Ipcc_set_takes_diesel_ncv_from_the_global_ipcc_default()
    {
        var resolution = Resolve("ipcc-2006-ar5", new FactorQuery(FactorParameter.NetCalorificValue, Carriers.Diesel, "CN", 2022));

        Assert.Equal("ipcc/stationary-combustion/2006:gas-diesel-oil.ncv", resolution.Factor.Id);
        Assert.Empty(resolution.Warnings);
    }

    [Fact]
    public void Uk_set_has_no_chinese_grid_factor()
    {
        var error = Assert.Throws<FactorResolutionException>(() => Resolve("uk-desnz-2024", Electricity("CN", 2024)));

        Assert.Contains("uk-desnz/electricity/2024:grid (region GB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ar5_single_ch4_gwp_is_28_and_secondary()
    {
        var resolution = RepositoryFactors.Library.CreateResolver("cn-2022").ResolveGwp("CH4");

        Assert.Equal(28m, resolution.Factor.Value.Value);
        Assert.Equal("ipcc/gwp/ar5:ch4", resolution.Factor.Id);
        Assert.Contains("is secondary", Assert.Single(resolution.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_set_is_an_error_naming_the_known_sets()
    {
        var error = Assert.Throws<NoFactorSetException>(() => RepositoryFactors.Library.GetSet("cn-2019"));

        Assert.Contains("cn-2020, cn-2021", error.Message, StringComparison.Ordinal);
    }
}
