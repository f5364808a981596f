using System.Runtime.Intrinsics;
using System.Text;

namespace Emissions.Quantities;

/// <summary>
/// The physical kind of a quantity as exponents over the base dimensions this domain needs.
/// Energy and mass are kept as independent bases (not SI's kg·m²/s²) because reports never
/// derive one from the other, and CO2e and carbon are bases of their own so that tonnes of
/// waste can never be added to tonnes of CO2e or of carbon.
/// </summary>
public readonly record struct Dimension
{
    // The eight exponents packed one per byte: equality, hashing and the "no dimension" test are one
    // comparison of a 64-bit word, which calculation does for every addition of every inventory line.
    private readonly ulong _exponents;

    /// <summary>The exponent of energy (1 for kWh, -1 in a factor per kWh); energy is a base of its own here, not SI's kg·m²/s².</summary>
    public sbyte Energy { get => Get(0); init => _exponents = With(_exponents, 0, value); }
    /// <summary>The exponent of mass (of anything but CO2e and carbon: fuel, waste, water by weight).</summary>
    public sbyte Mass { get => Get(1); init => _exponents = With(_exponents, 1, value); }
    /// <summary>The exponent of CO2-equivalent mass, a base of its own so tonnes of CO2e never add to tonnes of waste.</summary>
    public sbyte Co2e { get => Get(2); init => _exponents = With(_exponents, 2, value); }
    /// <summary>The exponent of carbon mass (tC, as carbon contents are printed), apart from CO2e: 1 tC is 44/12 tCO2 only through an explicit factor.</summary>
    public sbyte Carbon { get => Get(3); init => _exponents = With(_exponents, 3, value); }
    /// <summary>The exponent of length: 1 for m, 2 for an area, 3 for a volume.</summary>
    public sbyte Length { get => Get(4); init => _exponents = With(_exponents, 4, value); }
    /// <summary>The exponent of time (1 for h, -1 in a power, which is energy per time).</summary>
    public sbyte Time { get => Get(5); init => _exponents = With(_exponents, 5, value); }
    /// <summary>The exponent of headcount (-1 in a per-employee intensity such as t/person).</summary>
    public sbyte Person { get => Get(6); init => _exponents = With(_exponents, 6, value); }
    /// <summary>The exponent of money (-1 in a revenue intensity); the currency is <see cref="Currency"/>.</summary>
    public sbyte Money { get => Get(7); init => _exponents = With(_exponents, 7, value); }

    /// <summary>ISO 4217 code when <see cref="Money"/> is not zero: amounts in different currencies never mix.</summary>
    public string? Currency { get; init; }

    /// <summary>No dimension: pure numbers, ratios, percentages and PUE.</summary>
    public static readonly Dimension None;
    /// <summary>Energy (canonical unit kWh).</summary>
    public static readonly Dimension EnergyDim = new() { Energy = 1 };
    /// <summary>Mass (canonical unit kg).</summary>
    public static readonly Dimension MassDim = new() { Mass = 1 };
    /// <summary>CO2-equivalent mass (canonical unit kgCO2e).</summary>
    public static readonly Dimension Co2eDim = new() { Co2e = 1 };
    /// <summary>Carbon mass (canonical unit kgC).</summary>
    public static readonly Dimension CarbonDim = new() { Carbon = 1 };
    /// <summary>Length (canonical unit m).</summary>
    public static readonly Dimension LengthDim = new() { Length = 1 };
    /// <summary>Area, length squared (canonical unit m²).</summary>
    public static readonly Dimension AreaDim = new() { Length = 2 };
    /// <summary>Volume, length cubed (canonical unit m³).</summary>
    public static readonly Dimension VolumeDim = new() { Length = 3 };
    /// <summary>Time (canonical unit h, so that kW × h is kWh).</summary>
    public static readonly Dimension TimeDim = new() { Time = 1 };
    /// <summary>Power, energy per time (canonical unit kW).</summary>
    public static readonly Dimension PowerDim = new() { Energy = 1, Time = -1 };
    /// <summary>Headcount (canonical unit person).</summary>
    public static readonly Dimension PersonDim = new() { Person = 1 };

    /// <summary>Money in one currency: amounts in different currencies have different dimensions and never add.</summary>
    /// <param name="currency">The ISO 4217 code, e.g. "CNY".</param>
    public static Dimension MoneyDim(string currency) => new() { Money = 1, Currency = currency };

    /// <summary>Same exponents and the same currency (or none): one word compared, the currency only when there is one.</summary>
    /// <remarks>
    /// Written out rather than generated: the record's own equality went through the default comparers of both fields
    /// (a virtual call for the string), and checks compare dimensions in every interval operation.
    /// </remarks>
    public bool Equals(Dimension other) =>
        _exponents == other._exponents && (ReferenceEquals(Currency, other.Currency) || string.Equals(Currency, other.Currency, StringComparison.Ordinal));

    /// <summary>The same hash the record generated (exponents, then currency), so that no table's order changes.</summary>
    public override int GetHashCode() =>
        unchecked((_exponents.GetHashCode() * -1521134295) + (Currency is null ? 0 : Currency.GetHashCode()));

    /// <summary>Whether this is <see cref="None"/>: every exponent zero and no currency.</summary>
    public bool IsDimensionless => _exponents == 0 && Currency is null;

    private Dimension(ulong exponents, string? currency)
    {
        _exponents = exponents;
        Currency = currency;
    }

    private sbyte Get(int index) => unchecked((sbyte)(byte)(_exponents >> (index * 8)));

    private static ulong With(ulong exponents, int index, sbyte value) =>
        (exponents & ~(0xFFUL << (index * 8))) | ((ulong)(byte)value << (index * 8));

    /// <summary>The dimension of a product: exponents add (energy × CO2e/energy is CO2e), currencies must agree.</summary>
    /// <param name="a">The first factor's dimension.</param>
    /// <param name="b">The second factor's dimension.</param>
    /// <exception cref="QuantityException">An exponent leaves the supported range (code <c>overflow</c>), or the two carry different currencies.</exception>
    public static Dimension operator *(Dimension a, Dimension b) => Combine(a, b, 1);

    /// <summary>The dimension of a quotient: exponents subtract (CO2e / person is a per-employee intensity), currencies must agree.</summary>
    /// <param name="a">The numerator's dimension.</param>
    /// <param name="b">The denominator's dimension.</param>
    /// <exception cref="QuantityException">An exponent leaves the supported range (code <c>overflow</c>), or the two carry different currencies.</exception>
    public static Dimension operator /(Dimension a, Dimension b) => Combine(a, b, -1);

    /// <summary>
    /// Every exponent times <paramref name="power"/>; an exponent outside ±<see cref="MaxExponent"/> is an
    /// overflow error, never a wrapped byte (kg^256 is not a plain number).
    /// </summary>
    public Dimension Pow(int power) => new()
    {
        Energy = Checked((long)Energy * power),
        Mass = Checked((long)Mass * power),
        Co2e = Checked((long)Co2e * power),
        Carbon = Checked((long)Carbon * power),
        Length = Checked((long)Length * power),
        Time = Checked((long)Time * power),
        Person = Checked((long)Person * power),
        Money = Checked((long)Money * power),
        Currency = power == 0 ? null : Currency,
    };

    /// <summary>The largest exponent of one base dimension (m^127); beyond it units are refused, not wrapped.</summary>
    public const int MaxExponent = sbyte.MaxValue;

    private static sbyte Checked(long exponent) => exponent is >= -MaxExponent and <= MaxExponent
        ? (sbyte)exponent
        : throw new QuantityException(QuantityError.Overflow,
            $"a unit exponent of {exponent.ToString(System.Globalization.CultureInfo.InvariantCulture)} is out of range",
            $"a unit whose every base dimension has an exponent of at most {MaxExponent} in absolute value");

    private static Dimension Combine(Dimension a, Dimension b, int sign)
    {
        // Scaling by a ratio (or a ratio by a kind) leaves the other kind as it is.
        if (b.IsDimensionless)
        {
            return a;
        }

        if (sign == 1 && a.IsDimensionless)
        {
            return b;
        }

        if (a.Currency is not null && b.Currency is not null && a.Currency != b.Currency)
        {
            throw new QuantityException(QuantityError.CurrencyMismatch,
                $"cannot combine amounts in {a.Currency} and {b.Currency}: Emissions does no currency conversion");
        }

        // The eight exponents at once, widened to 16 bits (sums of ±127 reach ±254): one range test for all of them. Only
        // an exponent out of range goes the long way below, which names it. Checks combine dimensions in every interval
        // product and quotient, where eight range checks a call were most of the cost.
        var wideA = Vector128.WidenLower(Vector128.CreateScalar(a._exponents).AsSByte());
        var wideB = Vector128.WidenLower(Vector128.CreateScalar(b._exponents).AsSByte());
        var sum = sign == 1 ? wideA + wideB : wideA - wideB;
        if (!Vector128.GreaterThanAny(Vector128.Abs(sum), Vector128.Create((short)MaxExponent)))
        {
            var exponents = Vector128.Narrow(sum, sum).AsUInt64().ToScalar();
            return new Dimension(exponents, (sbyte)(exponents >> 56) == 0 ? null : a.Currency ?? b.Currency);
        }

        var money = Checked(a.Money + (sign * b.Money));
        return new Dimension
        {
            Energy = Checked(a.Energy + (sign * b.Energy)),
            Mass = Checked(a.Mass + (sign * b.Mass)),
            Co2e = Checked(a.Co2e + (sign * b.Co2e)),
            Carbon = Checked(a.Carbon + (sign * b.Carbon)),
            Length = Checked(a.Length + (sign * b.Length)),
            Time = Checked(a.Time + (sign * b.Time)),
            Person = Checked(a.Person + (sign * b.Person)),
            Money = money,
            Currency = money == 0 ? null : a.Currency ?? b.Currency,
        };
    }

    /// <summary>A readable kind name: "Energy", "Co2e/Energy", "Ratio" …</summary>
    public override string ToString() => QuantityKinds.NameOf(this);

    internal string Formula()
    {
        if (IsDimensionless)
        {
            return "Ratio";
        }

        var num = new List<string>();
        var den = new List<string>();
        Add("Energy", Energy);
        Add("Mass", Mass);
        Add("CO2e", Co2e);
        Add("Carbon", Carbon);
        Add("Length", Length);
        Add("Time", Time);
        Add("Person", Person);
        Add(Currency ?? "Money", Money);
        var sb = new StringBuilder(num.Count == 0 ? "1" : string.Join("·", num));
        if (den.Count > 0)
        {
            sb.Append('/').Append(den.Count == 1 ? den[0] : "(" + string.Join("·", den) + ")");
        }

        return sb.ToString();

        void Add(string name, sbyte exp)
        {
            var target = exp > 0 ? num : den;
            var abs = Math.Abs(exp);
            if (abs == 0)
            {
                return;
            }

            target.Add(abs == 1 ? name : $"{name}^{abs}");
        }
    }
}
