using Emissions.Factors;
using Emissions.Quantities;
using static Emissions.Core.Tests.Factors.TestFactors;

namespace Emissions.Core.Tests.Factors;

public class FactorResolverTests
{
    private static readonly Factor National2022 = Grid("national-2022", "CN", 2022, "0.5366");
    private static readonly Factor North2022 = Grid("north-2022", "CN-North", 2022, "0.6776");
    private static readonly Factor Residual2022 = Grid("residual-2022", "CN", 2022, "0.5856", basis: "residual-excl-market-non-fossil");

    [Fact]
    public void Exact_match_on_carrier_region_year_and_basis_is_chosen_without_warnings()
    {
        var resolver = new FactorResolver(Set([National2022, North2022, Residual2022]));

        var resolution = resolver.Resolve(Electricity("CN-North", 2022, "location-average"));

        Assert.Equal(North2022.Id, resolution.Factor.Id);
        Assert.Equal(0.6776m, resolution.Factor.Value.Value);
        Assert.Empty(resolution.Warnings);
        Assert.False(resolution.Overridden);
        Assert.Contains("exact match", resolution.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Electricity_query_without_basis_uses_the_sets_location_basis_and_says_so()
    {
        var resolver = new FactorResolver(Set([National2022, Residual2022]));

        var resolution = resolver.Resolve(Electricity("CN"));

        Assert.Equal(National2022.Id, resolution.Factor.Id);
        Assert.Contains("location-average is the set's location-based electricity basis", resolution.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Residual_basis_is_resolved_when_asked_for()
    {
        var resolver = new FactorResolver(Set([National2022, Residual2022]));

        var resolution = resolver.Resolve(Electricity("CN", basis: "residual-excl-market-non-fossil"));

        Assert.Equal(Residual2022.Id, resolution.Factor.Id);
    }

    [Fact]
    public void Region_without_its_own_factor_falls_back_to_national_with_a_warning()
    {
        var resolver = new FactorResolver(Set([National2022, North2022], regionToNational: true));

        var resolution = resolver.Resolve(Electricity("CN-GD"));

        Assert.Equal(National2022.Id, resolution.Factor.Id);
        var warning = Assert.Single(resolution.Warnings).Message;
        Assert.Contains("region fallback", warning, StringComparison.Ordinal);
        Assert.Contains("CN-GD", warning, StringComparison.Ordinal);
        Assert.Contains(National2022.Id, warning, StringComparison.Ordinal);
        Assert.Contains("region → national fallback", resolution.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Region_fallback_is_an_error_when_the_set_forbids_it()
    {
        var resolver = new FactorResolver(Set([National2022, North2022], regionToNational: false));

        var error = Assert.Throws<FactorResolutionException>(() => resolver.Resolve(Electricity("CN-GD")));

        Assert.Contains("region → national not allowed", error.Message, StringComparison.Ordinal);
        Assert.Contains(National2022.Id, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_year_national_factor_is_preferred_to_an_earlier_regional_one()
    {
        var national2023 = Grid("national-2023", "CN", 2023, "0.5306");
        var resolver = new FactorResolver(Set([North2022, national2023], earlierDataYear: true, reportingYear: 2023));

        var resolution = resolver.Resolve(Electricity("CN-North", 2023));

        Assert.Equal(national2023.Id, resolution.Factor.Id);
    }

    [Fact]
    public void Missing_year_falls_back_to_the_nearest_earlier_data_year_with_a_warning()
    {
        var national2021 = Grid("national-2021", "CN", 2021, "0.5568");
        var resolver = new FactorResolver(Set([national2021, National2022], earlierDataYear: true, reportingYear: 2024));

        var resolution = resolver.Resolve(Electricity("CN", 2024));

        Assert.Equal(National2022.Id, resolution.Factor.Id);
        var warning = Assert.Single(resolution.Warnings).Message;
        Assert.Contains("data-year fallback", warning, StringComparison.Ordinal);
        Assert.Contains("2024", warning, StringComparison.Ordinal);
        Assert.Contains("data year 2022", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Earlier_year_fallback_is_an_error_when_the_set_forbids_it()
    {
        var resolver = new FactorResolver(Set([National2022], earlierDataYear: false, reportingYear: 2022));

        var error = Assert.Throws<FactorResolutionException>(() => resolver.Resolve(Electricity("CN", 2023)));

        Assert.Contains("earlier data year not allowed", error.Message, StringComparison.Ordinal);
        Assert.Contains("data year 2022", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Later_data_year_is_never_a_fallback()
    {
        var resolver = new FactorResolver(Set([National2022], earlierDataYear: true, reportingYear: 2022));

        Assert.Throws<FactorResolutionException>(() => resolver.Resolve(Electricity("CN", 2021)));
    }

    [Fact]
    public void Set_that_ships_another_data_year_than_its_reporting_year_resolves_to_it_and_warns()
    {
        // cn-2020: reporting year 2020, MEE/NBS data year 2021 is the earliest shipped.
        var national2021 = Grid("national-2021", "CN", 2021, "0.5568");
        var resolver = new FactorResolver(Set([national2021], earlierDataYear: false, reportingYear: 2020));

        var resolution = resolver.Resolve(Electricity("CN", 2020));

        Assert.Equal(national2021.Id, resolution.Factor.Id);
        var warning = Assert.Single(resolution.Warnings).Message;
        Assert.Contains("is for reporting year 2020", warning, StringComparison.Ordinal);
        Assert.Contains("data year 2021", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Query_without_a_year_means_the_sets_reporting_year()
    {
        var national2021 = Grid("national-2021", "CN", 2021, "0.5568");
        var resolver = new FactorResolver(Set([national2021], reportingYear: 2020));

        var resolution = resolver.Resolve(Electricity("CN", year: null));

        Assert.Equal(national2021.Id, resolution.Factor.Id);
        Assert.Single(resolution.Warnings);
    }

    [Fact]
    public void Set_with_only_an_earlier_data_year_than_its_reporting_year_resolves_to_it_and_warns()
    {
        var resolver = new FactorResolver(Set([National2022], earlierDataYear: false, reportingYear: 2024));

        var resolution = resolver.Resolve(Electricity("CN-North", 2024));

        Assert.Equal(National2022.Id, resolution.Factor.Id);
        Assert.Equal(2, resolution.Warnings.Count);
        Assert.Contains(resolution.Warnings, w => w.Message.Contains("region fallback", StringComparison.Ordinal));
        Assert.Contains(resolution.Warnings, w => w.Message.Contains("is for reporting year 2024", StringComparison.Ordinal));
    }

    [Fact]
    public void Ets_factor_applies_to_the_reporting_years_it_is_prescribed_for()
    {
        var ets2021 = Ets("ets-2021", 2021, 2021, "0.5810");
        var ets2022 = Ets("ets-2022", 2022, 2022, "0.5703");
        var resolver = new FactorResolver(Set([ets2021, ets2022], location: "ets-grid-average"));

        Assert.Equal(ets2022.Id, resolver.Resolve(Electricity("CN", 2022)).Factor.Id);
        Assert.Equal(ets2021.Id, resolver.Resolve(Electricity("CN", 2021)).Factor.Id);
    }

    [Fact]
    public void Miss_lists_what_the_set_has_for_that_parameter_and_carrier()
    {
        var resolver = new FactorResolver(Set([National2022, North2022, Residual2022], regionToNational: false));

        var error = Assert.Throws<FactorResolutionException>(() => resolver.Resolve(Electricity("CN-East", 2022)));

        Assert.Contains("no emission-factor for carrier electricity, region CN-East, year 2022", error.Message, StringComparison.Ordinal);
        Assert.Contains("in set test-set", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{National2022.Id} (region CN, data year 2022, basis location-average", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{North2022.Id} (region CN-North, data year 2022", error.Message, StringComparison.Ordinal);
        Assert.Contains(Residual2022.Id, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Miss_for_a_carrier_the_set_lacks_names_the_carriers_it_has()
    {
        var resolver = new FactorResolver(Set([National2022]));

        var error = Assert.Throws<FactorResolutionException>(() => resolver.Resolve(new FactorQuery(FactorParameter.EmissionFactor, "heat", "CN", 2022)));

        Assert.Equal("no emission-factor for carrier heat, region CN, year 2022, basis (none) in set test-set", error.Reason);
        Assert.StartsWith("a carrier set test-set has emission-factor for: electricity (fallbacks in test-set: ", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void A_miss_keeps_what_was_asked_why_and_what_the_set_has_apart()
    {
        var resolver = new FactorResolver(Set([National2022, North2022], regionToNational: false));

        var error = Assert.Throws<FactorResolutionException>(() => resolver.Resolve(Electricity("CN-East", 2022)));

        Assert.Equal("carrier electricity, region CN-East, year 2022, basis location-average", error.Value);
        Assert.Equal("no emission-factor for carrier electricity, region CN-East, year 2022, basis location-average in set test-set", error.Reason);
        Assert.Equal(
            $"one of what set test-set has for emission-factor/electricity: {National2022.Id} (region CN, data year 2022, basis location-average, gas CO2); " +
            $"{North2022.Id} (region CN-North, data year 2022, basis location-average, gas CO2) (fallbacks in test-set: region → national not allowed, earlier data year not allowed)",
            error.Expected);
        Assert.Equal($"{error.Reason}; expected {error.Expected}", error.Message);
    }

    [Fact]
    public void An_unknown_carrier_expects_one_of_the_closed_list_with_the_nearest()
    {
        var error = Assert.Throws<FactorResolutionException>(() => new FactorResolver(Set([National2022])).Resolve(new FactorQuery(FactorParameter.EmissionFactor, "dieesel", "CN", 2022)));

        Assert.Equal(("dieesel", "unknown carrier 'dieesel'"), (error.Value, error.Reason));
        Assert.Equal("a known carrier: electricity, heat, natural-gas, diesel, gasoline, lpg, coal, forest, data-center (nearest: diesel)", error.Expected);
    }

    [Fact]
    public void An_override_of_an_unknown_id_expects_an_id_of_the_set_naming_the_nearest()
    {
        var error = Assert.Throws<FactorResolutionException>(() =>
            new FactorResolver(Set([National2022]), [new FactorOverride(National2022.Id + "x", Measurement.Parse("0.6", "tCO2/MWh"))]));

        Assert.Equal(National2022.Id + "x", error.Value);
        Assert.Equal($"a factor id of set test-set (nearest: {National2022.Id})", error.Expected);
    }

    [Fact]
    public void Unknown_carrier_is_an_error_naming_the_closed_list()
    {
        var resolver = new FactorResolver(Set([National2022]));

        var error = Assert.Throws<FactorResolutionException>(() => resolver.Resolve(new FactorQuery(FactorParameter.EmissionFactor, "steam", "CN", 2022)));

        Assert.Contains("unknown carrier 'steam'", error.Message, StringComparison.Ordinal);
        Assert.Contains("natural-gas", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Global_factor_applies_to_any_region_without_a_fallback_warning()
    {
        var ncv = Ncv("diesel.ncv", "diesel", "GLOBAL", "43.0", "TJ/Gg", VerificationStatus.Confirmed);
        var resolver = new FactorResolver(Set([ncv], regionToNational: false));

        var resolution = resolver.Resolve(new FactorQuery(FactorParameter.NetCalorificValue, "diesel", "CN-North", 2022));

        Assert.Equal(ncv.Id, resolution.Factor.Id);
        Assert.Empty(resolution.Warnings);
        Assert.Contains("global default", resolution.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Factor_that_is_not_confirmed_is_resolved_with_a_warning_naming_its_status()
    {
        var secondary = Ncv("diesel.ncv", "diesel", "CN", "42.652", "GJ/t", VerificationStatus.Secondary);
        var unverified = Ncv("raw-coal.ncv", "coal", "CN", "20.908", "GJ/t", VerificationStatus.Unverified);
        var resolver = new FactorResolver(Set([secondary, unverified]));

        var diesel = resolver.Resolve(new FactorQuery(FactorParameter.NetCalorificValue, "diesel", "CN", 2022));
        var coal = resolver.Resolve(new FactorQuery(FactorParameter.NetCalorificValue, "coal", "CN", 2022));

        Assert.StartsWith($"factor {secondary.Id} is secondary: one secondary source", Assert.Single(diesel.Warnings).Message, StringComparison.Ordinal);
        Assert.StartsWith($"factor {unverified.Id} is unverified: widely quoted", Assert.Single(coal.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Override_replaces_the_value_and_is_recorded()
    {
        var resolver = new FactorResolver(Set([National2022]), [new FactorOverride(National2022.Id, Measurement.Parse("0.60", "kgCO2/kWh"))]);

        var resolution = resolver.Resolve(Electricity("CN"));

        Assert.True(resolution.Overridden);
        Assert.Equal(National2022.Id, resolution.Factor.Id);
        Assert.Equal(0.60m, resolution.Factor.Value.Value);
        Assert.Equal("kgCO2/kWh", resolution.Factor.Value.Unit.Symbol);
        Assert.Equal($"factor {National2022.Id} overridden: 0.5366 tCO2/MWh → 0.60 kgCO2/kWh", Assert.Single(resolution.Warnings).Message);
    }

    [Fact]
    public void Override_of_a_secondary_factor_does_not_also_warn_about_the_replaced_value()
    {
        var secondary = Ncv("diesel.ncv", "diesel", "CN", "42.652", "GJ/t", VerificationStatus.Secondary);
        var resolver = new FactorResolver(Set([secondary]), [new FactorOverride(secondary.Id, Measurement.Parse("43", "GJ/t"))]);

        var resolution = resolver.Resolve(new FactorQuery(FactorParameter.NetCalorificValue, "diesel", "CN", 2022));

        Assert.Contains("overridden", Assert.Single(resolution.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Override_with_a_unit_of_another_kind_is_an_error()
    {
        var error = Assert.Throws<FactorResolutionException>(() =>
            new FactorResolver(Set([National2022]), [new FactorOverride(National2022.Id, Measurement.Parse("0.6", "GJ/t"))]));

        Assert.Contains("unit 'GJ/t' is CalorificValue", error.Message, StringComparison.Ordinal);
        Assert.Contains("EmissionFactor", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Override_of_an_id_that_is_not_in_the_set_is_an_error()
    {
        var error = Assert.Throws<FactorResolutionException>(() =>
            new FactorResolver(Set([National2022]), [new FactorOverride("test/data/1:nowhere", Measurement.Parse("0.6", "tCO2/MWh"))]));

        Assert.Contains("has no factor with that id", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AR4", "single", "25")]
    [InlineData("AR5", "single", "28")]
    [InlineData("AR5", "fossil", "30")]
    [InlineData("AR6", "single", "27.9")]
    [InlineData("AR6", "fossil", "29.8")]
    public void Ch4_gwp_follows_the_sets_report_and_ch4_convention(string ar, string convention, string expected)
    {
        var resolver = new FactorResolver(Set([.. GwpTable("AR4"), .. GwpTable("AR5"), .. GwpTable("AR6")], gwp: ar, ch4Convention: convention));

        var resolution = resolver.ResolveGwp("CH4");

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), resolution.Factor.Value.Value);
        Assert.Equal(ar, resolution.Factor.GwpBasis);
        Assert.Contains(convention, resolution.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AR4", "2087.5")]
    [InlineData("AR5", "1923.5")]
    [InlineData("AR6", "2255.5")]
    public void R410A_gwp_is_computed_from_its_composition(string ar, string expected)
    {
        var resolver = new FactorResolver(Set(GwpTable(ar), gwp: ar, blends: [R410A]));

        var resolution = resolver.ResolveGwp("R-410A");

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), resolution.Factor.Value.Value);
        Assert.Equal("tCO2e/t", resolution.Factor.Value.Unit.Symbol);
        Assert.Contains($"R-410A under {ar} = 0.5 × ", resolution.Reason, StringComparison.Ordinal);
        Assert.Contains($"= {expected} tCO2e/t", resolution.Reason, StringComparison.Ordinal);
        Assert.Contains("hfc-32", resolution.Reason, StringComparison.Ordinal);
        Assert.Contains("hfc-125", resolution.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Blend_gwp_carries_the_warnings_of_its_secondary_component_gwps()
    {
        var resolver = new FactorResolver(Set(GwpTable("AR5"), blends: [R410A]));

        var resolution = resolver.ResolveGwp("R-410A");

        Assert.Equal(2, resolution.Warnings.Count);
        Assert.All(resolution.Warnings, w => Assert.Contains("is secondary", w.Message, StringComparison.Ordinal));
        Assert.Equal(VerificationStatus.Secondary, resolution.Factor.Verification);
    }

    [Fact]
    public void Overridden_component_gwp_changes_the_blend_gwp_and_is_recorded()
    {
        var hfc32 = GwpTable("AR5").Single(f => f.Gas == "HFC-32");
        var resolver = new FactorResolver(Set(GwpTable("AR5"), blends: [R410A]), [new FactorOverride(hfc32.Id, Measurement.Parse("700", "tCO2e/t"))]);

        var resolution = resolver.ResolveGwp("R-410A");

        Assert.Equal(1935m, resolution.Factor.Value.Value);
        Assert.True(resolution.Overridden);
        Assert.Contains(resolution.Warnings, w => w.Message.Contains("overridden: 677 tCO2e/t → 700 tCO2e/t", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_gas_lists_the_gases_and_blends_the_set_has()
    {
        var resolver = new FactorResolver(Set(GwpTable("AR5"), blends: [R410A]));

        var error = Assert.Throws<FactorResolutionException>(() => resolver.ResolveGwp("HFC-23"));

        Assert.Equal(("HFC-23", "set test-set has no AR5 GWP for 'HFC-23'"), (error.Value, error.Reason));
        Assert.StartsWith("a gas or blend with an AR5 GWP in set test-set: CO2, CH4, HFC-32, HFC-125", error.Expected, StringComparison.Ordinal);
        Assert.EndsWith("; blends R-410A", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_hash_changes_when_one_digit_of_one_value_changes()
    {
        var original = Set([National2022, North2022]);
        var edited = original with { Factors = [National2022 with { Value = Measurement.Parse("0.5367", "tCO2/MWh") }, North2022] };

        Assert.NotEqual(FactorSetHash.Compute(original), FactorSetHash.Compute(edited));
        Assert.Equal(FactorSetHash.Compute(original), FactorSetHash.Compute(original with { Factors = [North2022, National2022] }));
    }

    [Fact]
    public void Content_hash_keeps_printed_precision_so_a_trailing_zero_is_a_change()
    {
        var original = Set([National2022]);
        var padded = original with { Factors = [National2022 with { Value = Measurement.Parse("0.53660", "tCO2/MWh") }] };

        Assert.NotEqual(FactorSetHash.Compute(original), FactorSetHash.Compute(padded));
    }

    [Fact]
    public void Content_hash_changes_when_only_a_published_uncertainty_range_changes()
    {
        // IPCC 2006 GL Vol. 2 Ch. 1 Table 1.2, natural gas NCV 48.0 TJ/Gg, range 46.5–50.4 (as in factors/ipcc).
        var range = new PublishedRange(46.5m, 50.4m, "IPCC 2006 GL Vol. 2 Ch. 1 Table 1.2", VerificationStatus.Unverified);
        var without = Set([National2022]);
        var with = Set([National2022 with { Uncertainty = range }]);
        var wider = Set([National2022 with { Uncertainty = range with { Upper = 50.5m } }]);
        var confirmed = Set([National2022 with { Uncertainty = range with { Verification = VerificationStatus.Confirmed } }]);
        var otherSource = Set([National2022 with { Uncertainty = range with { Source = "another page" } }]);

        Assert.Equal(4, new[] { without, with, wider, confirmed }.Select(FactorSetHash.Compute).Distinct().Count());
        Assert.Equal(FactorSetHash.Compute(with), FactorSetHash.Compute(otherSource));
        Assert.EndsWith("|lower=46.5;upper=50.4;confidence=95;verification=unverified\n", FactorSetHash.CanonicalForm(with), StringComparison.Ordinal);
        Assert.DoesNotContain("lower=", FactorSetHash.CanonicalForm(without), StringComparison.Ordinal);
    }
}
