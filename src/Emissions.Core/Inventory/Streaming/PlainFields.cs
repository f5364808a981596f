namespace Emissions.Inventory.Streaming;

/// <summary>
/// The fields of a line of the common shape (<see cref="PlainLine"/>): each field's plain string by its number in the
/// list's fields, as bytes or text. Its bytes are printable ASCII without escapes, so they are the string's text.
/// </summary>
internal readonly ref struct PlainFields
{
    private readonly ReadOnlySpan<byte> _utf8;
    private readonly ReadOnlySpan<Range> _values;

    /// <summary>The line's values: ranges of <paramref name="utf8"/> by field number, an absent field's the default range.</summary>
    public PlainFields(ReadOnlySpan<byte> utf8, ReadOnlySpan<Range> values)
    {
        _utf8 = utf8;
        _values = values;
    }

    /// <summary>Whether the line has field <paramref name="field"/> (a value never starts at byte 0: its object's "{" comes first).</summary>
    /// <remarks>An absent field's range is the default one, which ends at 0; a present one ends at its closing quote, past that "{".</remarks>
    public bool Has(int field) => _values[field].End.Value != 0;

    /// <summary>Field <paramref name="field"/>'s string as bytes (empty when absent).</summary>
    public ReadOnlySpan<byte> this[int field]
    {
        get
        {
            var (start, end) = (_values[field].Start.Value, _values[field].End.Value);
            return _utf8.Slice(start, end - start);
        }
    }

    /// <summary>Field <paramref name="field"/>'s string, or null when absent.</summary>
    public string? Text(int field) => Has(field) ? System.Text.Encoding.ASCII.GetString(this[field]) : null;
}
