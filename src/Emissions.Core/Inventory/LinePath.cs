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

    /// <summary>The path, built on first read.</summary>
    public string Text => _text ??= _field is null ? $"{_list}[{_index}]" : $"{_list}[{_index}].{_field}";

    public readonly bool Equals(LinePath other) => string.Equals(Built(this), Built(other), StringComparison.Ordinal);

    public override readonly bool Equals(object? obj) => obj is LinePath other && Equals(other);

    public override readonly int GetHashCode() => StringComparer.Ordinal.GetHashCode(Built(this));

    public override readonly string ToString() => Built(this);

    public static bool operator ==(LinePath left, LinePath right) => left.Equals(right);

    public static bool operator !=(LinePath left, LinePath right) => !left.Equals(right);

    // A copy's text, for the readonly members (the copy's cache is dropped; equality and hashing are rare).
    private static string Built(LinePath path) => path.Text;
}
