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

    public string Symbol { get; }

    public Dimension Dimension { get; }

    public UnitScale Scale { get; }

    /// <summary>English name, e.g. "megawatt hour".</summary>
    public string Name { get; }

    public string Kind => Dimension.ToString();

    /// <summary>
    /// For a spelling with two readings read by a documented default ("MT" as metric ton, "therm" as the EC therm):
    /// the warning naming the reading taken and the other one. Callers print it with the figure; null otherwise.
    /// </summary>
    public string? Caveat { get; }

    /// <summary>For a fuel's energy printed as "kWh (Gross CV)" or "kWh (Net CV)" (UK DESNZ): the calorific basis it is on.</summary>
    public CalorificBasis CalorificBasis { get; }

    public static Unit Parse(string symbol) => UnitParser.Parse(symbol);

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

    public static Unit operator *(Unit a, Unit b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Compounds.TryGetValue((a, b, '*'), out var cached) ? cached : Remember((a, b, '*'), Product(a, b));
    }

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

    internal static void ForgetCompounds() => Compounds.Clear();

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

    public Unit Pow(int power) => new(power == 1 ? Symbol : $"{Symbol}^{power}", Dimension.Pow(power), Scale.Pow(power), $"{Name}^{power}", Caveat);

    internal Unit Scaled(UnitScale prefix, string prefixSymbol, string prefixName) =>
        new(prefixSymbol + Symbol, Dimension, prefix * Scale, $"{prefixName} {Name}", Caveat, CalorificBasis);

    internal Unit WithSymbol(string symbol) => new(symbol, Dimension, Scale, Name, Caveat, CalorificBasis);

    /// <summary>Same dimension and same scale: "度" equals "kWh".</summary>
    public bool IsEquivalentTo(Unit other) => other is not null && other.Dimension == Dimension && other.Scale == Scale;

    public bool Equals(Unit? other) => other is not null && other.Symbol == Symbol && other.Dimension == Dimension && other.Scale == Scale;

    public override bool Equals(object? obj) => obj is Unit other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Symbol, Dimension);

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
