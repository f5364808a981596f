using System.Text;
using System.Text.Json;

namespace Emissions.Inventory;

/// <summary>
/// A fixed list of JSON field names kept as UTF-8 too, so that a property can be matched against it
/// without decoding the property's name (<see cref="JsonProperty.NameEquals(ReadOnlySpan{byte})"/>).
/// </summary>
internal sealed class FieldNames
{
    private readonly byte[][] _utf8;

    public FieldNames(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        Names = names;
        _utf8 = [.. names.Select(Encoding.UTF8.GetBytes)];
    }

    /// <summary>The annotation fields any object may carry (<see cref="JsonInput.AnnotationFields"/>).</summary>
    public static FieldNames Annotations { get; } = new([.. JsonInput.AnnotationFields]);

    public IReadOnlyList<string> Names { get; }

    public bool Contains(JsonProperty property)
    {
        foreach (var name in _utf8)
        {
            if (property.NameEquals(name))
            {
                return true;
            }
        }

        return false;
    }
}
