namespace Emissions.Inventory;

/// <summary>
/// A JSON path held as its parts until it is read: a line's list (<c>$.electricity</c>), its index and, for one of its
/// fields, the field's name; or a path given whole. A streamed inventory of 100,000 lines builds no path string until an
/// error, a warning or a trace names one (issue 16), and then builds it once.
/// </summary>
/// <remarks>
/// A mutable field of the record that holds it (never a readonly one, which would copy it on each read and lose the
/// cache). Two threads reading it at once may both build the string; they build equal strings. Equal when the paths
/// are, however each was given, so the records holding one keep their value equality.
/// </remarks>
internal struct LinePath : IEquatable<LinePath>
{
    private readonly string? _list;
    private readonly int _index;
    private readonly string? _field;
    private string? _text;

    private LinePath(string? text, string? list, int index, string? field)
    {
        _text = text;
        _list = list;
        _index = index;
        _field = field;
    }

    /// <summary>A path given whole.</summary>
    public static LinePath Of(string path) => new(path, null, 0, null);

    /// <summary>Line <paramref name="index"/> of the list at <paramref name="list"/>, or its field <paramref name="field"/>.</summary>
    public static LinePath Of(string list, int index, string? field = null) => new(null, list, index, field);

    /// <summary>The same line's field <paramref name="field"/> (a line's <c>.amount</c>), still unbuilt if this is.</summary>
    public readonly LinePath Field(string field) => _list is null ? Of($"{_text}.{field}") : Of(_list, _index, field);

    /// <summary>
    /// Whether this is the field <paramref name="field"/> of line <paramref name="index"/> of a list, held as its parts
    /// (a streamed line's), and that list's path: lines of one list at their own indexes are all different inputs.
    /// </summary>
    public readonly bool IsField(int index, string field, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? list)
    {
        list = _list;
        return _list is not null && _index == index && string.Equals(_field, field, StringComparison.Ordinal);
    }

    /// <summary>The path as UTF-8 into <paramref name="utf8"/> without building its string; false when it does not fit.</summary>
    public readonly bool TryFormatUtf8(Span<byte> utf8, out int written) =>
        _text is not null || _list is null
            ? System.Text.Unicode.Utf8.FromUtf16(_text ?? "", utf8, out _, out written) == System.Buffers.OperationStatus.Done
            : _field is null
                ? System.Text.Unicode.Utf8.TryWrite(utf8, System.Globalization.CultureInfo.InvariantCulture, $"{_list}[{_index}]", out written)
                : System.Text.Unicode.Utf8.TryWrite(utf8, System.Globalization.CultureInfo.InvariantCulture, $"{_list}[{_index}].{_field}", out written);

    /// <summary>The path, built on first read.</summary>
    public string Text => _text ??= _field is null ? $"{_list}[{_index}]" : $"{_list}[{_index}].{_field}";

    /// <summary>
    /// The path, or null for the default value: a record whose source may be absent (a figure or relation made in code)
    /// holds one of these, with no flag beside it.
    /// </summary>
    public string? TextOrNull => _text is null && _list is null ? null : Text;

    /// <summary>The place a source text names: the default value for none.</summary>
    public static LinePath OfNullable(string? path) => path is null ? default : Of(path);

    public readonly bool Equals(LinePath other) => string.Equals(Built(this), Built(other), StringComparison.Ordinal);

    public override readonly bool Equals(object? obj) => obj is LinePath other && Equals(other);

    public override readonly int GetHashCode() => Built(this)?.GetHashCode(StringComparison.Ordinal) ?? 0;

    public override readonly string ToString() => Built(this) ?? "";

    public static bool operator ==(LinePath left, LinePath right) => left.Equals(right);

    public static bool operator !=(LinePath left, LinePath right) => !left.Equals(right);

    // A copy's text, for the readonly members (the copy's cache is dropped; equality and hashing are rare).
    private static string? Built(LinePath path) => path.TextOrNull;
}
