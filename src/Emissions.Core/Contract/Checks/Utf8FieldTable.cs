using System.Buffers.Binary;
using System.Text;
using Emissions.Inventory;

namespace Emissions.Contract.Checks;

/// <summary>
/// An object's known field names as UTF-8, each with its bit (for finding a name given twice), found by the name's
/// length first: a name is compared with the one to three known names of its length, not with all of them in turn
/// (a figure's "labelCitation" was compared with thirteen names before it was found). Every known name is at most
/// <see cref="MaxLength"/> bytes, so a name and its length are two 64-bit words: a name is compared in two integer
/// comparisons, not a span comparison per candidate (~70 instructions a field, read ~8 times a figure).
/// </summary>
internal sealed class Utf8FieldTable
{
    /// <summary>The longest name a table holds: two 64-bit words (every request field's name is shorter).</summary>
    private const int MaxLength = 16;

    private readonly (ulong Head, ulong Tail, int Bit)[][] _byLength;

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
        if (longest > MaxLength)
        {
            throw new ArgumentException($"a field name of at most {MaxLength} bytes, got {longest}", nameof(fields));
        }

        _byLength = new (ulong, ulong, int)[longest + 1][];
        for (var length = 0; length <= longest; length++)
        {
            _byLength[length] = [.. encoded.Where(f => f.Name.Length == length).Select(f => (Head(f.Name), Tail(f.Name), f.Bit))];
        }
    }

    /// <summary>The bit of the field named <paramref name="name"/>, or -1 for a name this object does not know.</summary>
    public int Find(ReadOnlySpan<byte> name)
    {
        if (name.Length >= _byLength.Length)
        {
            return -1;
        }

        var head = Head(name);
        var tail = Tail(name);
        foreach (var (knownHead, knownTail, bit) in _byLength[name.Length])
        {
            if (knownHead == head && knownTail == tail)
            {
                return bit;
            }
        }

        return -1;
    }

    // Of two names of the same length up to 16 bytes, the same head and tail are the same bytes: the head holds the first
    // eight (four and the last four, overlapping, for 4 to 7; each byte for fewer) and the tail the last eight past 8.
    private static ulong Head(ReadOnlySpan<byte> name)
    {
        if (name.Length >= 8)
        {
            return BinaryPrimitives.ReadUInt64LittleEndian(name);
        }

        if (name.Length >= 4)
        {
            return BinaryPrimitives.ReadUInt32LittleEndian(name) | ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(name[^4..]) << 32);
        }

        ulong head = 0;
        for (var i = 0; i < name.Length; i++)
        {
            head |= (ulong)name[i] << (8 * i);
        }

        return head;
    }

    private static ulong Tail(ReadOnlySpan<byte> name) => name.Length > 8 ? BinaryPrimitives.ReadUInt64LittleEndian(name[^8..]) : 0;
}
