using Emissions.Quantities;

namespace Emissions.Calculation.Recipes;

/// <summary>
/// A sum of amounts kept in the units they were written in, converted to canonical units once per unit
/// when read (ADR 0008). Lines of one carrier are nearly always in one unit, so each addition is of two
/// decimals of the same scale; converting every line first (100 GJ is 27,777.77… kWh) would add 28-digit
/// values and round once per line.
/// </summary>
internal sealed class AmountSum
{
    private Unit[] _units = new Unit[2];
    private decimal[] _values = new decimal[2];
    private int _count;

    public void Add(Measurement amount)
    {
        for (var i = 0; i < _count; i++)
        {
            if (ReferenceEquals(_units[i], amount.Unit))
            {
                ref var value = ref _values[i];
                value = Arithmetic.Add(value, amount.Value);
                return;
            }
        }

        if (_count == _units.Length)
        {
            Array.Resize(ref _units, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }

        _units[_count] = amount.Unit;
        _values[_count++] = amount.Value;
    }

    /// <summary>The sum in canonical units; amounts of different kinds fail as any addition of them does.</summary>
    public Quantity Total(Dimension whenEmpty)
    {
        if (_count == 0)
        {
            return new Quantity(0m, whenEmpty);
        }

        var total = Quantity.From(_values[0], _units[0]);
        for (var i = 1; i < _count; i++)
        {
            total += Quantity.From(_values[i], _units[i]);
        }

        return total;
    }
}
