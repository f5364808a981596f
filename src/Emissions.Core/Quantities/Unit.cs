namespace Emissions.Quantities;

/// <summary>
/// A unit: its symbol as written on the wire, its dimension and its exact scale to the
/// dimension's canonical unit (kWh, kg, kg CO2e, kg C, m, h, person, one currency unit).
/// </summary>
public sealed class Unit : IEquatable<Unit>
{
    internal Unit(string symbol, Dimension dimension, UnitScale scale, string name, string? caveat = null, CalorificBasis basis = CalorificBasis.Unstated)
    {
        Symbol = symbol;
        Dimension = dimension;
        Scale = scale;
        Name = name;
        Caveat = caveat;
        CalorificBasis = basis;
    }

    /// <summary>The unit's canonical spelling ("MWh", "tCO2e/MWh", "万t"), which <see cref="Parse"/> reads back as this unit.</summary>
    public string Symbol { get; }

    /// <summary>The kind of quantity this unit measures.</summary>
    public Dimension Dimension { get; }

    internal UnitScale Scale { get; }

    /// <summary>English name, e.g. "megawatt hour".</summary>
    public string Name { get; }

    /// <summary>The kind's name as messages print it ("Energy", "Co2e/Energy").</summary>
    public string Kind => Dimension.ToString();

    /// <summary>
    /// For a spelling with two readings read by a documented default ("MT" as metric ton, "therm" as the EC therm):
    /// the warning naming the reading taken and the other one. Callers print it with the figure; null otherwise.
    /// </summary>
    public string? Caveat { get; }

    /// <summary>For a fuel's energy printed as "kWh (Gross CV)" or "kWh (Net CV)" (UK DESNZ): the calorific basis it is on.</summary>
    public CalorificBasis CalorificBasis { get; }

    /// <summary>Reads a unit in any spelling the catalogue knows, English or Chinese, with SI prefixes, Chinese scale words and compounds ("MWh", "兆瓦时", "万吨", "tCO2e/MWh", "kg/m^3").</summary>
    /// <param name="symbol">The unit's text.</param>
    /// <exception cref="QuantityException">The unit is unknown (code <c>unknown-unit</c>, with the nearest known symbols in <see cref="QuantityException.Suggestions"/>) or beyond the parser's limits (code <c>too-complex</c>).</exception>
    public static Unit Parse(string symbol) => UnitParser.Parse(symbol);

    /// <summary>Like <see cref="Parse"/>, but answers false instead of throwing for a unit it cannot read.</summary>
    /// <param name="symbol">The unit's text.</param>
    /// <param name="unit">The unit read, or null when the answer is false.</param>
    /// <returns>Whether <paramref name="symbol"/> is a unit.</returns>
    public static bool TryParse(string symbol, out Unit? unit)
    {
        try
        {
            unit = UnitParser.Parse(symbol);
            return true;
        }
        catch (QuantityException)
        {
            unit = null;
            return false;
        }
    }

    /// <summary>Converts a value written in this unit to <paramref name="target"/>; the kinds must match.</summary>
    public decimal ConvertTo(decimal value, Unit target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Dimension != Dimension)
        {
            throw QuantityErrors.CannotConvert($"'{Symbol}'", this, target);
        }

        // One exact ratio of the two scales: kgCO2/kWh ↔ tCO2/MWh is a factor of exactly 1, not a round trip through 1/3.6e6.
        return Arithmetic.ToCanonical(Scale / target.Scale, value);
    }

    // Products and quotients recur (every fuel line multiplies the same units); build each once.
    // Keyed by reference: parsed units are shared instances, and hashing symbols and scales per look-up cost more than the product.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Unit, Unit, char), Unit> Compounds = new(new ReferencePairComparer());

    /// <summary>The product unit ("kW·h"), dimensions multiplied and scales kept as an exact fraction.</summary>
    /// <param name="a">The first unit.</param>
    /// <param name="b">The second unit.</param>
    /// <exception cref="ArgumentNullException">Either unit is null.</exception>
    public static Unit operator *(Unit a, Unit b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Compounds.TryGetValue((a, b, '*'), out var cached) ? cached : Remember((a, b, '*'), Product(a, b));
    }

    /// <summary>The quotient unit ("tCO2/MWh"), dimensions divided and scales kept as an exact fraction.</summary>
    /// <param name="a">The numerator unit.</param>
    /// <param name="b">The denominator unit.</param>
    /// <exception cref="ArgumentNullException">Either unit is null.</exception>
    public static Unit operator /(Unit a, Unit b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Compounds.TryGetValue((a, b, '/'), out var cached) ? cached : Remember((a, b, '/'), Quotient(a, b));
    }

    // Bounded like UnitParser's cache: when full it is emptied, so made-up compounds cannot keep the real ones out.
    private static Unit Remember((Unit, Unit, char) key, Unit unit)
    {
        if (Compounds.Count >= UnitParser.MaxCachedSpellings)
        {
            Compounds.Clear();
        }

        return Compounds.GetOrAdd(key, unit);
    }

    private static Unit Product(Unit a, Unit b)
    {
        return new Unit(Join(a.Symbol, "·", b.Symbol), a.Dimension * b.Dimension, a.Scale * b.Scale, $"{a.Name} {b.Name}", Caveats(a, b));
    }

    private static Unit Quotient(Unit a, Unit b)
    {
        var denominator = b.Symbol.Contains('/', StringComparison.Ordinal) || b.Symbol.Contains('·', StringComparison.Ordinal)
            ? $"({b.Symbol})"
            : b.Symbol;
        return new Unit($"{(a.Symbol.Length == 0 ? "1" : a.Symbol)}/{denominator}", a.Dimension / b.Dimension, a.Scale / b.Scale, $"{a.Name} per {b.Name}", Caveats(a, b));
    }

    /// <summary>The unit raised to a whole power ("m^2"), dimension and scale with it.</summary>
    /// <param name="power">The exponent.</param>
    /// <exception cref="QuantityException">An exponent of the dimension leaves the supported range (code <c>overflow</c>).</exception>
    public Unit Pow(int power) => new(power == 1 ? Symbol : $"{Symbol}^{power}", Dimension.Pow(power), Scale.Pow(power), $"{Name}^{power}", Caveat);

    internal Unit Scaled(UnitScale prefix, string prefixSymbol, string prefixName) =>
        new(prefixSymbol + Symbol, Dimension, prefix * Scale, $"{prefixName} {Name}", Caveat, CalorificBasis);

    internal Unit WithSymbol(string symbol) => new(symbol, Dimension, Scale, Name, Caveat, CalorificBasis);

    /// <summary>Same dimension and same scale: "度" equals "kWh".</summary>
    public bool IsEquivalentTo(Unit other) => other is not null && other.Dimension == Dimension && other.Scale == Scale;

    /// <summary>Same symbol, dimension and scale; "度" and "kWh" are not equal but are <see cref="IsEquivalentTo">equivalent</see>.</summary>
    /// <param name="other">The unit to compare with.</param>
    public bool Equals(Unit? other) => other is not null && other.Symbol == Symbol && other.Dimension == Dimension && other.Scale == Scale;

    /// <summary>Whether <paramref name="obj"/> is a <see cref="Unit"/> equal to this one (see <see cref="Equals(Unit?)"/>).</summary>
    /// <param name="obj">The object to compare with.</param>
    public override bool Equals(object? obj) => obj is Unit other && Equals(other);

    /// <summary>A hash of the symbol and dimension, consistent with <see cref="Equals(Unit?)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(Symbol, Dimension);

    /// <summary>The unit's <see cref="Symbol"/>.</summary>
    public override string ToString() => Symbol;

    private static string? Caveats(Unit a, Unit b) =>
        a.Caveat is null ? b.Caveat : b.Caveat is null || b.Caveat == a.Caveat ? a.Caveat : $"{a.Caveat}; {b.Caveat}";

    private static string Join(string a, string op, string b) => a.Length == 0 ? b : b.Length == 0 ? a : a + op + b;

    private sealed class ReferencePairComparer : IEqualityComparer<(Unit A, Unit B, char Op)>
    {
        public bool Equals((Unit A, Unit B, char Op) x, (Unit A, Unit B, char Op) y) =>
            ReferenceEquals(x.A, y.A) && ReferenceEquals(x.B, y.B) && x.Op == y.Op;

        public int GetHashCode((Unit A, Unit B, char Op) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.A), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.B), obj.Op);
    }
}
