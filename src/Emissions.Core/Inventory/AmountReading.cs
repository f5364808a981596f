using Emissions.Quantities;

namespace Emissions.Inventory;

/// <summary>
/// How the amounts of one request are read: the request's <see cref="NumberFormat"/>, and the warnings of units
/// read by a documented default ("MT" as metric tons), collected with the field they came from. Scoped to the
/// reading of one request on one thread (readers are synchronous), so the many amount fields need no extra argument.
/// </summary>
internal sealed class AmountReading : IDisposable
{
    [ThreadStatic]
    private static AmountReading? t_current;

    private readonly AmountReading? _outer;
    private readonly List<string> _notes = [];

    private AmountReading(NumberFormat format, AmountReading? outer)
    {
        Format = format;
        _outer = outer;
    }

    public NumberFormat Format { get; }

    /// <summary>"$.fuels[0].amount: 'MT' read as metric tons …", once each.</summary>
    public IReadOnlyList<string> Notes => _notes;

    /// <summary>The number format of the request being read; invariant outside any.</summary>
    public static NumberFormat CurrentFormat => t_current?.Format ?? NumberFormat.Invariant;

    public static AmountReading Begin(NumberFormat format)
    {
        var reading = new AmountReading(format, t_current);
        t_current = reading;
        return reading;
    }

    /// <summary>Records the caveat of a unit read by a default, naming the field.</summary>
    public static void Note(string path, Unit unit)
    {
        if (unit?.Caveat is { } caveat && t_current is { } reading)
        {
            var note = $"{path}: {caveat}";
            if (!reading._notes.Contains(note))
            {
                reading._notes.Add(note);
            }
        }
    }

    /// <summary>As <see cref="Note(string, Unit)"/> for an amount read, whose path is built only when its unit has a caveat.</summary>
    public static void Note(Amount amount)
    {
        if (amount.Measurement.Unit?.Caveat is not null)
        {
            Note(amount.Path, amount.Measurement.Unit);
        }
    }

    public void Dispose()
    {
        if (ReferenceEquals(t_current, this))
        {
            t_current = _outer;
        }
    }
}
