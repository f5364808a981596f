using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Emissions.Inventory;

namespace Emissions.Contract.Checks;

/// <summary>
/// An object's known field names as UTF-8, each with its bit (for finding a name given twice), found by the name's
/// length first and then compared as one or two 64-bit words: every known name is at most 16 bytes, so a name's bytes
/// fit in two words (read overlapping for 9–15 bytes), and a name is compared with the one to three known names of its
/// length in two integer comparisons each, not a span comparison each (~120 instructions a name, 21.8 k of a Kuaishou
/// request's read, bench/RESULTS-verification.md 2026-12-07 read13).
/// </summary>
internal sealed class Utf8FieldTable
{
    /// <summary>The longest name a table takes: two words.</summary>
    private const int MaxLength = 16;

    private readonly (ulong Low, ulong High, int Bit)[][] _byLength;

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
            var name = all[encoded.FindIndex(f => f.Name.Length == longest)].Name;
            throw new ArgumentException($"field names of at most {MaxLength} bytes; '{name}' has {longest}", nameof(fields));
        }

        _byLength = new (ulong, ulong, int)[longest + 1][];
        for (var length = 0; length <= longest; length++)
        {
            _byLength[length] = [.. encoded.Where(f => f.Name.Length == length).Select(f => (Words(f.Name).Low, Words(f.Name).High, f.Bit))];
        }
    }

    /// <summary>The bit of the field named <paramref name="name"/>, or -1 for a name this object does not know.</summary>
    public int Find(ReadOnlySpan<byte> name)
    {
        if (name.Length >= _byLength.Length)
        {
            return -1;
        }

        var (low, high) = Words(name);
        foreach (var (knownLow, knownHigh, bit) in _byLength[name.Length])
        {
            if (knownLow == low && knownHigh == high)
            {
                return bit;
            }
        }

        return -1;
    }

    /// <summary>
    /// Two words that hold every byte of a name of at most 16 bytes (names of one length are compared, so the length
    /// need not be in them): 9–16 bytes as the first eight and the last eight (overlapping below 16), 8 as one word,
    /// 4–7 as the first four and the last four in one word, fewer byte by byte.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Low, ulong High) Words(ReadOnlySpan<byte> name)
    {
        // Read in place: every read lies within the name, whose length the branches bound (at most 16, as Find ensures).
        ref var first = ref MemoryMarshal.GetReference(name);
        var length = name.Length;
        if (length >= 8)
        {
            return (Unsafe.ReadUnaligned<ulong>(ref first), length > 8 ? Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, length - 8)) : 0);
        }

        if (length >= 4)
        {
            return (Unsafe.ReadUnaligned<uint>(ref first) | ((ulong)Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref first, length - 4)) << 32), 0);
        }

        var low = 0UL;
        for (var i = 0; i < length; i++)
        {
            low |= (ulong)Unsafe.Add(ref first, i) << (8 * i);
        }

        return (low, 0);
    }
}
