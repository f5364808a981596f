namespace Emissions.Inventory;

/// <summary>One fuel line of an inventory (<c>$.fuels[i]</c>): a fuel burnt on site, scope 1 and direct energy.</summary>
/// <param name="Fuel">The fuel's carrier name as the factor library spells it (<c>diesel</c>, <c>natural-gas</c> …).</param>
/// <param name="Amount">How much was burnt: a mass, volume or energy with its unit, as given.</param>
/// <param name="Site">The site it belongs to, for per-site totals; <see langword="null"/> for the organisation as a whole.</param>
/// <param name="Path">The line's JSON path, which every error and trace about it names.</param>
/// <param name="Region">The region whose factors apply (<c>CN</c>, <c>CN-North</c>); <see langword="null"/>: the inventory's.</param>
public sealed record FuelInput(string Fuel, Amount Amount, string? Site, string Path, string? Region = null)
{
    // The path as given, or as its parts for a streamed line (built when first read).
    private LinePath _path = LinePath.Of(Path);

    /// <summary>A streamed line, whose path is built only when something names it.</summary>
    internal FuelInput(string fuel, Amount amount, string? site, LinePath path, string? region)
        : this(fuel, amount, site, Path: null!, region)
    {
        _path = path;
    }

    /// <summary>The line's JSON path (<c>$.fuels[0]</c>), which every error and trace about it names; built on first read for a streamed line.</summary>
    public string Path
    {
        get => _path.Text;
        init => _path = LinePath.Of(value);
    }
}

/// <summary>One purchased-electricity line (<c>$.electricity[i]</c>): scope 2 by its grid region, and indirect energy.</summary>
/// <param name="Amount">The electricity bought: an energy with its unit (<c>715,200.83 MWh</c>).</param>
/// <param name="Region">The grid region whose factor applies (<c>CN-North</c>).</param>
/// <param name="Renewable">The part of it that was renewable (certificates, direct supply), an energy; <see langword="null"/> when not given.</param>
/// <param name="Site">The site it belongs to; <see langword="null"/> for the organisation as a whole.</param>
/// <param name="Path">The line's JSON path.</param>
public sealed record ElectricityInput(Amount Amount, string Region, Amount? Renewable, string? Site, string Path)
{
    // The path as given, or as its parts for a streamed line (built when first read).
    private LinePath _path = LinePath.Of(Path);

    /// <summary>A streamed line, whose path is built only when something names it.</summary>
    internal ElectricityInput(Amount amount, string region, Amount? renewable, string? site, LinePath path)
        : this(amount, region, renewable, site, Path: null!)
    {
        _path = path;
    }

    /// <summary>The line's JSON path (<c>$.electricity[0]</c>); built on first read for a streamed line.</summary>
    public string Path
    {
        get => _path.Text;
        init => _path = LinePath.Of(value);
    }
}

/// <summary>One purchased heat or steam line (<c>$.heat[i]</c>): indirect energy and scope 2.</summary>
/// <param name="Amount">The heat bought: an energy with its unit (<c>20,256.68 GJ</c>).</param>
/// <param name="Site">The site it belongs to; <see langword="null"/> for the organisation as a whole.</param>
/// <param name="Path">The line's JSON path.</param>
public sealed record HeatInput(Amount Amount, string? Site, string Path)
{
    // The path as given, or as its parts for a streamed line (built when first read).
    private LinePath _path = LinePath.Of(Path);

    /// <summary>A streamed line, whose path is built only when something names it.</summary>
    internal HeatInput(Amount amount, string? site, LinePath path)
        : this(amount, site, Path: null!)
    {
        _path = path;
    }

    /// <summary>The line's JSON path (<c>$.heat[0]</c>); built on first read for a streamed line.</summary>
    public string Path
    {
        get => _path.Text;
        init => _path = LinePath.Of(value);
    }
}

/// <summary>One refrigerant line (<c>$.refrigerants[i]</c>): a gas or blend released, scope 1 by its GWP.</summary>
/// <param name="Gas">The gas or blend as the factor library names it (<c>HFC-134a</c>, <c>R-410A</c>).</param>
/// <param name="Released">The mass released (topped up), with its unit.</param>
/// <param name="Path">The line's JSON path.</param>
public sealed record RefrigerantInput(string Gas, Amount Released, string Path);

/// <summary>One waste line (<c>$.waste[i]</c>): a mass of waste by category, summed into <c>waste.total</c>.</summary>
/// <param name="Category">The category (<c>hazardous</c>, <c>non-hazardous</c>).</param>
/// <param name="Amount">The mass, with its unit.</param>
/// <param name="Path">The line's JSON path.</param>
public sealed record WasteInput(string Category, Amount Amount, string Path);

/// <summary>The inventory's water (<c>$.water</c>): withdrawal and discharge, from which consumption is their difference.</summary>
/// <param name="Withdrawal">Water withdrawn, a volume; <see langword="null"/> when not given.</param>
/// <param name="Discharge">Water discharged, a volume; <see langword="null"/> when not given.</param>
public sealed record WaterInput(Amount? Withdrawal, Amount? Discharge);

/// <summary>One data-center site (<c>$.dataCenters[i]</c>): the energy and water figures its ratios (PUE, WUE, CUE …) come from.</summary>
/// <param name="Id">The site's id, unique in the inventory.</param>
/// <param name="Facility">Total facility energy.</param>
/// <param name="It">Energy delivered to IT equipment (PUE's denominator).</param>
/// <param name="Cooling">Energy used for cooling; <see langword="null"/> when not given.</param>
/// <param name="PowerLoss">Energy lost in power distribution; <see langword="null"/> when not given.</param>
/// <param name="Water">Water used, a volume; <see langword="null"/> when not given.</param>
/// <param name="Renewable">Renewable energy used; <see langword="null"/> when not given.</param>
/// <param name="Reused">Energy reused outside the site (heat recovery); <see langword="null"/> when not given.</param>
/// <param name="Region">The grid region whose factor gives the site's emissions; <see langword="null"/>: the inventory's.</param>
/// <param name="Path">The site's JSON path.</param>
/// <param name="PurchasedElectricity">Whether the facility energy is part of the inventory's purchased electricity lines (the default), so it is not counted twice.</param>
public sealed record DataCenterInput(
    string Id,
    Amount Facility,
    Amount It,
    Amount? Cooling,
    Amount? PowerLoss,
    Amount? Water,
    Amount? Renewable,
    Amount? Reused,
    string? Region,
    string Path,
    bool PurchasedElectricity = true);

/// <summary>One factor override (<c>$.overrides[i]</c>): a factor of the set replaced by the caller's value.</summary>
/// <param name="Factor">The id of the factor replaced (<c>cn-mee-ets/grid/2022:national</c>).</param>
/// <param name="Value">The value to use, in the factor's own kind of unit (<c>0.5703 tCO2/MWh</c>).</param>
/// <param name="Path">The override's JSON path.</param>
public sealed record OverrideInput(string Factor, Amount Value, string Path);

/// <summary>Whether headcount is the year-end figure (the HKEX habit) or an average over the year.</summary>
public enum HeadcountBasis
{
    /// <summary>The headcount at the end of the reporting year.</summary>
    YearEnd,

    /// <summary>The average headcount over the reporting year.</summary>
    Average,
}
