namespace Emissions.Api.Compute;

/// <summary>
/// A compute module's answer. <see cref="Body"/> is serialised as the JSON response with the web
/// defaults (camelCase; its runtime type is used). <see cref="Table"/> is what Accept: text/csv
/// returns: the metric table of a calculation or the verdict table of a check. The table is built
/// when first read, so a JSON answer does not pay for the CSV one.
/// </summary>
public sealed class ComputeResult
{
    private readonly Func<ResultTable> _buildTable;
    private ResultTable? _table;

    public ComputeResult(object body, ResultTable table)
        : this(body, () => table)
    {
        ArgumentNullException.ThrowIfNull(table);
    }

    public ComputeResult(object body, Func<ResultTable> table)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(table);
        Body = body;
        _buildTable = table;
    }

    public object Body { get; }

    public ResultTable Table => _table ??= _buildTable();

    /// <summary>Writes the answer as an XLSX workbook (a check's working paper, a calculation's results), for an Accept that asks for one.</summary>
    public Action<Stream>? Workbook { get; init; }

    /// <summary>A calculation's result as Core computed it, for the Calculate page (null for a check).</summary>
    public Calculation.CalculationResult? Calculation { get; init; }
}
