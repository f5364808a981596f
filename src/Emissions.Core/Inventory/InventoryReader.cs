using System.Collections.Frozen;
using System.Text.Json;
using Emissions.Factors;
using Emissions.Inventory.Streaming;
using Emissions.Quantities;

namespace Emissions.Inventory;

/// <summary>Reads the CONTRACT "Calculate" request into an <see cref="Inventory"/>, failing on the first bad field with its JSON path.</summary>
internal static class InventoryReader
{
    public static readonly IReadOnlyList<string> Fuels = ["natural-gas", "diesel", "gasoline", "lpg", "coal"];

    public static readonly IReadOnlyList<string> WasteCategories = ["hazardous", "non-hazardous"];

    private static readonly string[] TopLevel =
    [
        "organization", "period", "factorSet", "gwp", "headcount", "headcountBasis", "revenue", "floorArea", "fuels", "electricity",
        "heat", "refrigerants", "waste", "water", "dataCenters", "overrides", "totals", "region", "numberFormat", "uncertainty",
    ];

    /// <summary>
    /// Reads a calculate request from its UTF-8 bytes: the line lists (fuels, electricity, heat) stream from the bytes
    /// (<see cref="LineStream"/>), the rest is read as <see cref="Read(JsonElement, string)"/> reads it, with the same
    /// errors. Bytes that are not JSON throw the <see cref="JsonException"/> a document parse throws.
    /// </summary>
    /// <param name="utf8">The request.</param>
    /// <param name="path">Where the request sits in its document, for errors.</param>
    public static Inventory Read(ReadOnlyMemory<byte> utf8, string path = "$")
    {
        using var request = InventoryRequest.Parse(utf8, default);
        return request.Read(path);
    }

    public static Inventory Read(JsonElement root, string path = "$") => Read(root, path, null);

    // A streamed list's lines in columns (their records made on demand): as the scan read them, or read now from their
    // bytes when the request's number format is not the one the scan read them in; a list of the element reader, whole.
    private static IReadOnlyList<T> Lines<T, TBuilder>(JsonElement root, string name, string path, StreamedLines? streamed, NumberFormat format,
        Func<TBuilder> create, LineStream.Readers<TBuilder> readers, Func<JsonElement, string, T> slow, Func<TBuilder, string, IReadOnlyList<T>> build)
        where T : class
        where TBuilder : ColumnBuilder<T>
    {
        if (streamed?.List(name) is not { } array)
        {
            return [.. JsonInput.OptionalArray(root, name, path).Select(x => slow(x.Item, x.Path))];
        }

        var list = $"{path}.{name}";
        if (format == NumberFormat.Invariant && streamed.Read(name) is TBuilder { Finished: false } read)
        {
            read.Finish(streamed.Utf8, list, slow);
            return build(read, list);
        }

        var lines = create();
        LineStream.Read<T, TBuilder>(array.Span, 0, lines, readers, ListStates.Alone());
        lines.Finish(array, list, slow);
        return build(lines, list);
    }

    /// <summary>Reads a request whose line lists are <paramref name="streamed"/> from its bytes, or from <paramref name="root"/> when null.</summary>
    internal static Inventory Read(JsonElement root, string path, StreamedLines? streamed)
    {
        JsonInput.RequireObject(root, path);
        JsonInput.RejectUnknownFields(root, path, TopLevel);
        var formatName = JsonInput.OptionalString(root, "numberFormat", path);
        if (!NumberFormats.TryParse(formatName, out var format))
        {
            throw new InputException($"{path}.numberFormat", formatName, NumberFormats.Expected);
        }

        using var reading = AmountReading.Begin(format);
        var basis = JsonInput.OptionalString(root, "headcountBasis", path) switch
        {
            null or "year-end" => HeadcountBasis.YearEnd,
            "average" => HeadcountBasis.Average,
            var other => throw new InputException($"{path}.headcountBasis", other, "\"year-end\" or \"average\""),
        };

        var headcount = JsonInput.OptionalAmount(root, "headcount", path, "person");
        if (headcount is not null)
        {
            JsonInput.Expect(headcount, "a count of persons, e.g. \"21,499\" or \"21,499 人\"", Dimension.PersonDim);
        }

        var revenue = JsonInput.OptionalAmount(root, "revenue", path);
        if (revenue is not null && revenue.Measurement.Dimension.Money != 1)
        {
            const string money = "an amount of money with a currency, e.g. \"58,776,000,000 CNY\" or \"587.76 亿元\"";
            throw new InputException(revenue.Path, revenue.Measurement.ToString(), money, InputError.Quantity,
                new QuantityException(QuantityError.WrongKind, $"'{revenue.Measurement}' is {revenue.Measurement.Unit.Kind}; expected {money}"));
        }

        var floorArea = JsonInput.OptionalAmount(root, "floorArea", path, "m²");
        if (floorArea is not null)
        {
            JsonInput.Expect(floorArea, "an area, e.g. \"36,861 m²\"", Dimension.AreaDim);
        }

        var inventory = new Inventory(
            JsonInput.OptionalString(root, "organization", path),
            JsonInput.OptionalString(root, "period", path),
            FactorSetName.OfCalculation(root, path)?.Id, // the one rule for where and how a request names its set
            JsonInput.OptionalString(root, "gwp", path),
            headcount,
            basis,
            revenue,
            floorArea,
            Lines(root, "fuels", path, streamed, format, static () => new FuelColumns.Builder(), LineStream.FuelLines, ReadFuel, static (b, list) => b.Build(list)),
            Lines(root, "electricity", path, streamed, format, static () => new ElectricityColumns.Builder(), LineStream.ElectricityLines, ReadElectricity, static (b, list) => b.Build(list)),
            Lines(root, "heat", path, streamed, format, static () => new HeatColumns.Builder(), LineStream.HeatLines, ReadHeat, static (b, list) => b.Build(list)),
            [.. JsonInput.OptionalArray(root, "refrigerants", path).Select(x => ReadRefrigerant(x.Item, x.Path))],
            [.. JsonInput.OptionalArray(root, "waste", path).Select(x => ReadWaste(x.Item, x.Path))],
            ReadWater(root, path),
            ReadDataCenters(root, path),
            [.. JsonInput.OptionalArray(root, "overrides", path).Select(x => ReadOverride(x.Item, x.Path))],
            ReadTotals(root, path),
            Region(JsonInput.OptionalString(root, "region", path), $"{path}.region"));
        var uncertainty = root.TryGetProperty("uncertainty", out var u) && u.ValueKind != JsonValueKind.Null ? global::Emissions.Uncertainty.UncertaintyReader.Read(u, $"{path}.uncertainty") : null;
        return inventory with { Columns = InventoryColumns.Build(inventory), ReadingNotes = reading.Notes, Uncertainty = uncertainty, Root = path };
    }

    /// <summary>What an electricity line's amount must be (a bulk row's too).</summary>
    internal const string ElectricityEnergy = "an energy, e.g. \"715,200.83 MWh\"";

    /// <summary>What a fuel line's amount must be (a bulk row's too).</summary>
    internal const string FuelAmount = "a mass, volume or energy, e.g. \"892.32 t\" or \"273,431.40 m³\"";

    /// <summary>What a heat line's amount must be (a bulk row's too).</summary>
    internal const string HeatEnergy = "an energy, e.g. \"20,256.68 GJ\"";

    /// <summary>Why a fuel's energy on the gross calorific basis is refused (a bulk row's too).</summary>
    internal const string NetBasisOnly =
        "the fuel's energy on the net calorific basis, e.g. \"kWh (Net CV)\", or its mass or volume: the fuel factors are per net calorific value, and a gross-CV amount is not converted to net without the fuel's GCV/NCV ratio";

    /// <summary>What a data center's energy amounts must be; the calculation says the same of an inventory built in code.</summary>
    internal const string DataCenterEnergy = "an energy, e.g. \"120,000 MWh\"";

    private const string RegionExpectation = "a region code: CN, a grid region (CN-North, CN-East …), an ISO 3166-2:CN province (CN-BJ …), GB or US";

    private static readonly FrozenSet<string> KnownFuels = Fuels.ToFrozenSet(StringComparer.Ordinal);

    // Known codes as their shared instances (Regions.Canonical), so the lines' amount columns group them by reference.
    internal static string? Region(string? region, string path) =>
        region is null ? null
        : Factors.Regions.Canonical(region) ?? (PrintedNames.TryRegion(region, out var read) ? read
            : throw new InputException(path, region, RegionExpectation + Nearest(PrintedNames.NearestRegions(region))));

    private static string Nearest(IReadOnlyList<string> nearest) => nearest.Count == 0 ? "" : $"; nearest: {string.Join(", ", nearest)}";

    /// <summary>A fuel as written (a code or a printed name such as 天然气) as its shared code instance, if it is one.</summary>
    internal static bool TryFuel(string written, out string fuel) =>
        KnownFuels.TryGetValue(written, out fuel!) || PrintedNames.TryFuel(written, out fuel);

    /// <summary>A fuel as written (a code or a printed name such as 天然气) as its shared code instance, or the error at <paramref name="path"/>.</summary>
    internal static string Fuel(string written, string path) =>
        KnownFuels.TryGetValue(written, out var fuel) || PrintedNames.TryFuel(written, out fuel) ? fuel
        : throw new InputException(path, written, $"one of {string.Join(", ", Fuels)}{Nearest(PrintedNames.NearestFuels(written))}");

    private static FuelInput ReadFuel(JsonElement item, string path)
    {
        JsonInput.RequireObject(item, path);
        JsonInput.RejectUnknownFields(item, path, "fuel", "amount", "site", "region");
        var fuel = Fuel(JsonInput.RequiredString(item, "fuel", path, $"one of {string.Join(", ", Fuels)}"), $"{path}.fuel");

        var amount = JsonInput.Expect(JsonInput.RequiredAmount(item, "amount", path), FuelAmount,
            Dimension.MassDim, Dimension.VolumeDim, Dimension.EnergyDim);

        // Every shipped fuel factor (IPCC 2006, the CN guideline, GB/T 2589) is per net calorific value: a gross-CV
        // energy would be overstated against it (natural gas by about 10 %), so it is refused, never converted silently.
        if (amount.Measurement.Unit.CalorificBasis == CalorificBasis.Gross)
        {
            throw new InputException(amount.Path, amount.Measurement.ToString(), NetBasisOnly);
        }

        return new FuelInput(fuel, amount, JsonInput.OptionalString(item, "site", path), path, Region(JsonInput.OptionalString(item, "region", path), $"{path}.region"));
    }

    private static ElectricityInput ReadElectricity(JsonElement item, string path)
    {
        JsonInput.RequireObject(item, path);
        JsonInput.RejectUnknownFields(item, path, "amount", "region", "renewable", "site");
        var amount = JsonInput.Expect(JsonInput.RequiredAmount(item, "amount", path), ElectricityEnergy, Dimension.EnergyDim);
        var renewable = JsonInput.OptionalAmount(item, "renewable", path);
        if (renewable is not null)
        {
            JsonInput.Expect(renewable, "an energy, e.g. \"10,000 MWh\"", Dimension.EnergyDim);
            if (renewable.Quantity > amount.Quantity)
            {
                throw new InputException(renewable.Path, renewable.ToString(), $"at most the electricity amount {amount}");
            }
        }

        var region = Region(JsonInput.RequiredString(item, "region", path, RegionExpectation), $"{path}.region")!;
        return new ElectricityInput(amount, region, renewable, JsonInput.OptionalString(item, "site", path), path);
    }

    private static HeatInput ReadHeat(JsonElement item, string path)
    {
        JsonInput.RequireObject(item, path);
        JsonInput.RejectUnknownFields(item, path, "amount", "site");
        var amount = JsonInput.Expect(JsonInput.RequiredAmount(item, "amount", path), HeatEnergy, Dimension.EnergyDim);
        return new HeatInput(amount, JsonInput.OptionalString(item, "site", path), path);
    }

    private static RefrigerantInput ReadRefrigerant(JsonElement item, string path)
    {
        JsonInput.RequireObject(item, path);
        JsonInput.RejectUnknownFields(item, path, "gas", "released");
        const string gasName = "a gas or blend name, e.g. \"R-410A\" or \"HFC-134a\"";
        var gas = JsonInput.RequiredString(item, "gas", path, gasName);
        if (string.IsNullOrWhiteSpace(gas))
        {
            // Blank is as good as missing: no GWP can be looked up for it (the resolver refused it as an argument, a 500).
            throw new InputException($"{path}.gas", null, gasName, InputError.Missing);
        }

        var released = JsonInput.Expect(JsonInput.RequiredAmount(item, "released", path), "a mass, e.g. \"12 kg\"", Dimension.MassDim);
        return new RefrigerantInput(PrintedNames.Refrigerant(gas), released, path);
    }

    private static WasteInput ReadWaste(JsonElement item, string path)
    {
        JsonInput.RequireObject(item, path);
        JsonInput.RejectUnknownFields(item, path, "category", "amount");
        var category = JsonInput.RequiredString(item, "category", path, "\"hazardous\" or \"non-hazardous\"");
        if (!PrintedNames.TryWasteCategory(category, out var read))
        {
            throw new InputException($"{path}.category", category, $"\"hazardous\" or \"non-hazardous\" (also 危险废物, 一般废物 …){Nearest(PrintedNames.NearestWasteCategories(category))}");
        }

        category = read;
        var amount = JsonInput.Expect(JsonInput.RequiredAmount(item, "amount", path), "a mass, e.g. \"1.07 t\"", Dimension.MassDim);
        return new WasteInput(category, amount, path);
    }

    private static WaterInput ReadWater(JsonElement root, string path)
    {
        if (!root.TryGetProperty("water", out var water) || water.ValueKind == JsonValueKind.Null)
        {
            return new WaterInput(null, null);
        }

        var waterPath = $"{path}.water";
        JsonInput.RequireObject(water, waterPath);
        JsonInput.RejectUnknownFields(water, waterPath, "withdrawal", "discharge");
        return new WaterInput(WaterAmount(water, "withdrawal", waterPath), WaterAmount(water, "discharge", waterPath));
    }

    private static Amount? WaterAmount(JsonElement water, string name, string path)
    {
        if (!water.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var amount = JsonInput.ReadAmount(value, $"{path}.{name}");
        return JsonInput.Expect(amount, "a volume (m³) or a mass of water (t, read at 1 t = 1 m³)", Dimension.VolumeDim, Dimension.MassDim);
    }

    private static List<DataCenterInput> ReadDataCenters(JsonElement root, string path)
    {
        var result = new List<DataCenterInput>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, itemPath) in JsonInput.OptionalArray(root, "dataCenters", path))
        {
            JsonInput.RequireObject(item, itemPath);
            JsonInput.RejectUnknownFields(item, itemPath, "id", "facility", "it", "cooling", "powerLoss", "water", "renewable", "reused", "region", "purchasedElectricity");
            var facility = JsonInput.Expect(JsonInput.RequiredAmount(item, "facility", itemPath), DataCenterEnergy, Dimension.EnergyDim);
            var it = JsonInput.Expect(JsonInput.RequiredAmount(item, "it", itemPath), DataCenterEnergy, Dimension.EnergyDim);
            if (it.Quantity.CanonicalValue == 0m)
            {
                throw new InputException(it.Path, it.ToString(), "a positive IT energy (PUE divides by it)");
            }

            if (it.Quantity > facility.Quantity)
            {
                throw new InputException(it.Path, it.ToString(), $"at most the facility energy {facility} (PUE cannot be below 1)");
            }

            Amount? Optional(string name) => JsonInput.OptionalAmount(item, name, itemPath) is { } a ? JsonInput.Expect(a, DataCenterEnergy, Dimension.EnergyDim) : null;
            var water = JsonInput.OptionalAmount(item, "water", itemPath);
            if (water is not null)
            {
                JsonInput.Expect(water, "a volume of water, e.g. \"40,000 m³\"", Dimension.VolumeDim, Dimension.MassDim);
            }

            var id = JsonInput.OptionalString(item, "id", itemPath) ?? $"dc-{result.Count + 1}";
            if (!ids.Add(id))
            {
                throw new InputException($"{itemPath}.id", id, "an id not used by another data center");
            }

            result.Add(new DataCenterInput(id, facility, it, Optional("cooling"), Optional("powerLoss"), water, Optional("renewable"), Optional("reused"),
                Region(JsonInput.OptionalString(item, "region", itemPath), $"{itemPath}.region"), itemPath, PurchasedElectricity(item, itemPath)));
        }

        return result;
    }

    /// <summary>Whether a site's facility energy is part of the purchased electricity lines: yes unless it says false.</summary>
    private static bool PurchasedElectricity(JsonElement item, string path)
    {
        if (!item.TryGetProperty("purchasedElectricity", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new InputException($"{path}.purchasedElectricity", JsonInput.Truncate(value.GetRawText()),
                "true (the site's facility energy is part of the electricity lines, the default) or false (it is not purchased electricity)"),
        };
    }

    private static OverrideInput ReadOverride(JsonElement item, string path)
    {
        JsonInput.RequireObject(item, path);
        JsonInput.RejectUnknownFields(item, path, "factor", "value");
        var factor = JsonInput.RequiredString(item, "factor", path, "a factor id, e.g. \"cn-mee/electricity/2022:national\"");
        return new OverrideInput(factor, JsonInput.RequiredAmount(item, "value", path), path);
    }

    private static Dictionary<string, Amount> ReadTotals(JsonElement root, string path)
    {
        var totals = new Dictionary<string, Amount>(StringComparer.Ordinal);
        if (!root.TryGetProperty("totals", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return totals;
        }

        JsonInput.RequireObject(element, $"{path}.totals");
        foreach (var property in element.EnumerateObject())
        {
            if (JsonInput.AnnotationFields.Contains(property.Name))
            {
                continue;
            }

            var itemPath = $"{path}.totals['{property.Name}']";
            if (!Metrics.MetricCatalog.TryFind(property.Name, out var definition))
            {
                throw new InputException(itemPath, property.Name, $"a metric id, e.g. energy.indirect; nearest: {string.Join(", ", Metrics.MetricCatalog.Nearest(property.Name))}");
            }

            var amount = JsonInput.ReadAmount(property.Value, itemPath);
            try
            {
                // A given total must be of its metric's kind (or one the catalogue reads as it: 萬噸 for tCO2e).
                Metrics.KindCoercion.ToKind(amount.Quantity, definition, out _);
            }
            catch (QuantityException ex)
            {
                throw new InputException(itemPath, amount.ToString(), $"a total in {definition.CanonicalUnit.Kind} for {property.Name}, e.g. in {definition.CanonicalUnit.Symbol}",
                    InputError.Quantity, ex);
            }

            totals[property.Name] = amount;
        }

        return totals;
    }
}
