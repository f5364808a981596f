namespace Emissions.Inventory.Bulk;

/// <summary>Where each <see cref="BulkLayout"/> column is in a file's header (−1: an optional column the file lacks).</summary>
internal sealed record BulkColumnIndexes(int Kind, int Amount, int Unit, int Region, int Fuel, int Period)
{
    /// <summary>The columns of a header; a missing required column, an unknown or a repeated one is an error naming the file.</summary>
    public static BulkColumnIndexes Of(IReadOnlyList<string> header, string source)
    {
        var known = BulkLayout.Required.Concat(BulkLayout.Optional).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in header)
        {
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                throw new InputException($"{source}, header", name, $"no such column; known columns: {string.Join(", ", known)}", InputError.UnknownField);
            }

            if (!seen.Add(name))
            {
                throw new InputException($"{source}, header", name, "each column once");
            }
        }

        int Required(string name) => IndexOf(header, name) is var i and >= 0 ? i
            : throw new InputException($"{source}, header", null, $"a column {name} ({BulkLayout.Columns})", InputError.Missing);

        return new BulkColumnIndexes(Required(BulkLayout.Kind), Required(BulkLayout.Amount), Required(BulkLayout.Unit), IndexOf(header, BulkLayout.Region),
            IndexOf(header, BulkLayout.Fuel), IndexOf(header, BulkLayout.Period));
    }

    private static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
