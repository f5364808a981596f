using System.Text;
using Emissions.Inventory;

namespace Emissions.Contract.Checks;

/// <summary>
/// An object's known field names as UTF-8, each with its bit (for finding a name given twice), found by the name's
/// length first: a name is compared with the one to three known names of its length, not with all of them in turn
/// (a figure's "labelCitation" was compared with thirteen names before it was found).
/// </summary>
internal sealed class Utf8FieldTable
{
    private readonly (byte[] Name, int Bit)[][] _byLength;

    /// <param name="fields">The object's own fields and their bits.</param>
    /// <param name="annotationBit">
    /// The first bit of the annotation fields (<see cref="JsonInput.AnnotationFields"/>) any object may carry, one bit
    /// each, or <see langword="null"/> for an object that takes none; an object's own field of the same name keeps its bit.
    /// </param>
    public Utf8FieldTable(IReadOnlyList<(string Name, int Bit)> fields, int? annotationBit)
    {
        var all = new List<(string Name, int Bit)>(fields);
        if (annotationBit is { } first)
        {
            var next = first;
            foreach (var annotation in JsonInput.AnnotationFields)
            {
                if (!all.Exists(f => f.Name == annotation))
                {
                    all.Add((annotation, next));
                }

                next++;
            }
        }

        // Each name encoded once (the tables are built when a process first reads a request: the CLI pays it every run).
        var encoded = all.ConvertAll(f => (Name: Encoding.UTF8.GetBytes(f.Name), f.Bit));
        var longest = encoded.Max(f => f.Name.Length);
        _byLength = new (byte[], int)[longest + 1][];
        for (var length = 0; length <= longest; length++)
        {
            _byLength[length] = [.. encoded.Where(f => f.Name.Length == length)];
        }
    }

    /// <summary>The bit of the field named <paramref name="name"/>, or -1 for a name this object does not know.</summary>
    public int Find(ReadOnlySpan<byte> name)
    {
        if (name.Length >= _byLength.Length)
        {
            return -1;
        }

        foreach (var (known, bit) in _byLength[name.Length])
        {
            if (name.SequenceEqual(known))
            {
                return bit;
            }
        }

        return -1;
    }
}
