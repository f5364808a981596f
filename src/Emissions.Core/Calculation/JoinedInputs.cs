using System.Collections;

namespace Emissions.Calculation;

/// <summary>A trace's inputs as lists one after the other (every fuel line, then every electricity line …), none copied.</summary>
internal sealed class JoinedInputs : IReadOnlyList<TraceInput>
{
    private JoinedInputs(IReadOnlyList<TraceInput>[] parts)
    {
        Parts = parts;
        Count = parts.Sum(p => p.Count);
    }

    /// <summary>The lists, in order.</summary>
    public IReadOnlyList<IReadOnlyList<TraceInput>> Parts { get; }

    public int Count { get; }

    public TraceInput this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            foreach (var part in Parts)
            {
                if (index < part.Count)
                {
                    return part[index];
                }

                index -= part.Count;
            }

            throw new ArgumentOutOfRangeException(nameof(index));
        }
    }

    /// <summary>The non-empty lists of <paramref name="parts"/> joined; one list is itself.</summary>
    public static IReadOnlyList<TraceInput> Of(params IReadOnlyList<TraceInput>[] parts)
    {
        var kept = Array.FindAll(parts, p => p.Count > 0);
        return kept.Length switch
        {
            0 => [],
            1 => kept[0],
            _ => new JoinedInputs(kept),
        };
    }

    public IEnumerator<TraceInput> GetEnumerator()
    {
        foreach (var part in Parts)
        {
            foreach (var input in part)
            {
                yield return input;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
