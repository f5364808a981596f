using Emissions.Contract.Checks;
using Emissions.Inventory;
using Emissions.Verification;

namespace Emissions.Spreadsheets;

/// <summary>
/// A check request from a spreadsheet: the figures sheet ("Figures" or "数据", else the first), an
/// optional "Relations" sheet (id, metric, formula) and an optional "Options" sheet of name/value rows
/// (materiality, aboutTolerance, factorSet, organization, period, source, site). Columns come in any
/// order under English or Chinese headers; a unit or scale in a header's brackets applies to the
/// column. Every error names the file, sheet, row and column.
/// </summary>
internal static class SpreadsheetCheckReader
{
    public static SpreadsheetReading ReadXlsx(Stream stream, string file, SpreadsheetLimits? limits = null, int maxFigures = CheckRequestReader.DefaultMaxFigures) =>
        Read(XlsxWorkbookReader.Read(stream, file, limits), file, maxFigures);

    public static SpreadsheetReading ReadCsv(string csv, string file, int maxFigures = CheckRequestReader.DefaultMaxFigures) =>
        Read([CsvSheetReader.Read(csv, file)], file, maxFigures);

    public static SpreadsheetReading Read(IReadOnlyList<SheetGrid> sheets, string file, int maxFigures = CheckRequestReader.DefaultMaxFigures)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        if (sheets.Count == 0)
        {
            throw new InputException(file, null, "a workbook with a sheet of figures", InputError.Missing);
        }

        var figuresSheet = SheetNames.FindFigures(sheets) ?? sheets[0];
        var columns = new List<ColumnReading>();
        var figures = ReadFigures(figuresSheet, sheets, maxFigures, columns);
        var relationsSheet = SheetNames.FindRelations(sheets);
        var relations = relationsSheet is null || relationsSheet == figuresSheet ? [] : ReadRelations(relationsSheet, columns);
        CheckRequestFields.CheckRelations(relations, figures);
        var request = new CheckRequest(null, null, figures, relations, CheckOptions.Default);
        if (SheetNames.FindOptions(sheets) is { } optionsSheet && optionsSheet != figuresSheet)
        {
            request = ApplyOptions(request, optionsSheet);
        }

        return new SpreadsheetReading(request, columns);
    }

    private static List<ReportedFigure> ReadFigures(SheetGrid sheet, IReadOnlyList<SheetGrid> all, int maxFigures, List<ColumnReading> columns)
    {
        var (header, units, headerRow) = Header(sheet, columns, "figures",
            $"a header row naming the columns, e.g. {Example}; sheets in the workbook: {string.Join(", ", all.Select(s => $"'{s.Name}'"))}");
        if (!header.ContainsKey(FigureColumn.Value))
        {
            throw new InputException(sheet.AtRow(headerRow.Number), string.Join(" | ", headerRow.Cells.Select(c => c.Text)),
                $"a value column ({string.Join(", ", HeaderNames.Known(FigureColumn.Value).Take(6))}) in the header row, e.g. {Example}", InputError.Missing);
        }

        if (!header.ContainsKey(FigureColumn.Id) && !header.ContainsKey(FigureColumn.Metric))
        {
            throw new InputException(sheet.AtRow(headerRow.Number), string.Join(" | ", headerRow.Cells.Select(c => c.Text)),
                "an id column (编号) or a metric column (指标) so that each figure has a name", InputError.Missing);
        }

        var dataRows = sheet.Rows.Where(r => r.Number > headerRow.Number).ToList();
        if (dataRows.Count > maxFigures)
        {
            throw new InputException(sheet.Place, $"{dataRows.Count} rows of figures", $"at most {maxFigures} figures per request");
        }

        var figures = new List<ReportedFigure>(dataRows.Count);
        foreach (var row in dataRows)
        {
            string? Get(FigureColumn column) => Cell(sheet, row, header, column);
            string At(string field) => header.TryGetValue(Field(field), out var c) ? sheet.At(row.Number, c, field) : $"{sheet.AtRow(row.Number)} ({field})";
            var value = Get(FigureColumn.Value);
            if (value is null)
            {
                if (Get(FigureColumn.Id) is null && Get(FigureColumn.Metric) is null)
                {
                    continue; // a note or a sub-heading between table rows, not a figure
                }

                throw new InputException(At("value"), null, "the value as printed, e.g. \"721,117.23\"", InputError.Missing);
            }

            var unit = Unit(Get(FigureColumn.Unit), units.GetValueOrDefault(FigureColumn.Value), At);
            var figure = CheckRequestFields.BuildFigure(
                Get(FigureColumn.Id), Get(FigureColumn.Metric), value, unit,
                Get(FigureColumn.Qualifier), Get(FigureColumn.Period), Get(FigureColumn.Site), Get(FigureColumn.Label), At);
            figures.Add(figure with { Source = sheet.AtRow(row.Number) });
        }

        CheckRequestFields.RejectDuplicateIds(figures);
        return figures;
    }

    private const string Example = "id | metric | label | value | unit (or 编号 | 指标 | 项目 | 数值 | 单位)";

    private static FigureColumn Field(string field) => Enum.Parse<FigureColumn>(field, ignoreCase: true);

    /// <summary>The row's unit, else the column header's; a header scale word multiplies the row's unit.</summary>
    private static string? Unit(string? rowUnit, string? headerUnit, Func<string, string> at)
    {
        if (headerUnit is null)
        {
            return rowUnit;
        }

        if (HeaderNames.IsScaleWord(headerUnit))
        {
            return rowUnit is null ? headerUnit : HeaderNames.Scaled(headerUnit, rowUnit);
        }

        if (rowUnit is not null && !string.Equals(rowUnit, headerUnit, StringComparison.Ordinal))
        {
            throw new InputException(at("unit"), rowUnit, $"no unit in the row when the value column's header already gives one ({headerUnit}), or the same one");
        }

        return headerUnit;
    }

    private static List<CustomRelation> ReadRelations(SheetGrid sheet, List<ColumnReading> columns)
    {
        var (header, _, headerRow) = Header(sheet, columns, "relations", "a header row: id | metric | formula");
        var relations = new List<CustomRelation>();
        foreach (var row in sheet.Rows.Where(r => r.Number > headerRow.Number))
        {
            string At(string field) => header.TryGetValue(Field(field), out var c) ? sheet.At(row.Number, c, field) : $"{sheet.AtRow(row.Number)} ({field})";
            var relation = CheckRequestFields.BuildRelation(
                Cell(sheet, row, header, FigureColumn.Id), Cell(sheet, row, header, FigureColumn.Metric), Cell(sheet, row, header, FigureColumn.Formula), At);
            relations.Add(relation with { Source = sheet.AtRow(row.Number) });
        }

        return relations;
    }

    private static CheckRequest ApplyOptions(CheckRequest request, SheetGrid sheet)
    {
        var options = request.Options;
        foreach (var row in sheet.Rows)
        {
            var key = row.At(0);
            var cell = row.At(1);
            if (key is null)
            {
                continue;
            }

            if (key.Formula is not null || cell?.Formula is not null)
            {
                throw Formula(sheet, row.Number, key.Formula is not null ? key : cell!);
            }

            var value = cell?.Text;
            var at = sheet.At(row.Number, 1, key.Text);
            switch (key.Text.Trim().ToLowerInvariant())
            {
                case "option" or "选项" or "選項":
                    break;
                case "materiality" or "重要性":
                    options = options with { Materiality = CheckRequestReader.ParseFraction(Required(value, at), at) };
                    break;
                case "abouttolerance" or "about tolerance":
                    options = options with { AboutTolerance = CheckRequestReader.ParseFraction(Required(value, at), at) };
                    break;
                case "factorset" or "factor set" or "因子集":
                    options = options with { FactorSet = value };
                    break;
                case "organization" or "organisation" or "机构" or "機構":
                    request = request with { Organization = value };
                    break;
                case "period" or "期间" or "期間":
                    request = request with { Period = value };
                    break;
                case "source" or "来源" or "來源":
                    request = request with { Source = value };
                    break;
                case "site" or "场所" or "場所":
                    request = request with { Site = value };
                    break;
                case var name when name.StartsWith('@'):
                    var (reference, factor) = OneOffFactors.Parse(key.Text, Required(value, at), at);
                    options = options with { Factors = new Dictionary<Metrics.Expressions.FactorReference, Quantities.Measurement>(options.Factors) { [reference] = factor } };
                    break;
                default:
                    throw new InputException(sheet.At(row.Number, 0), key.Text,
                        "an option name: materiality, aboutTolerance, factorSet, organization, period, source, site, or a one-off factor such as @absorption-rate[forest]");
            }
        }

        return request with { Options = options };
    }

    private static string Required(string? value, string at) =>
        value ?? throw new InputException(at, null, "a value, e.g. 5%", InputError.Missing);

    private static (Dictionary<FigureColumn, int> Header, Dictionary<FigureColumn, string> Units, GridRow Row) Header(
        SheetGrid sheet, List<ColumnReading> columns, string what, string expected)
    {
        var headerRow = sheet.Rows.Count > 0 ? sheet.Rows[0] : throw new InputException(sheet.Place, null, $"{what}: {expected}", InputError.Missing);
        foreach (var range in sheet.MergedRanges)
        {
            if (TouchesRow(range, headerRow.Number))
            {
                throw new InputException($"{sheet.Place} cells {range}", null,
                    $"one header cell per column (the header row {headerRow.Number} has merged cells; unmerge them and name each column)");
            }
        }

        var header = new Dictionary<FigureColumn, int>();
        var units = new Dictionary<FigureColumn, string>();
        foreach (var cell in headerRow.Cells)
        {
            if (cell.Formula is not null)
            {
                throw Formula(sheet, headerRow.Number, cell);
            }

            var (column, unit) = HeaderNames.Read(cell.Text);
            columns.Add(new ColumnReading(sheet.Name, ColumnLetters.Of(cell.Column), cell.Text, column, unit));
            if (column is not { } known)
            {
                continue; // another year's figures, a note or a page reference: kept out of the request, shown in the reading
            }

            if (!header.TryAdd(known, cell.Column))
            {
                throw new InputException(sheet.At(headerRow.Number, cell.Column), cell.Text,
                    $"each column once ({known.ToString().ToLowerInvariant()} is already column {ColumnLetters.Of(header[known])})");
            }

            if (unit is not null)
            {
                units[known] = unit;
            }
        }

        if (header.Count == 0)
        {
            throw new InputException(sheet.AtRow(headerRow.Number), string.Join(" | ", headerRow.Cells.Select(c => c.Text)), $"{what}: {expected}");
        }

        return (header, units, headerRow);
    }

    private const string InsteadOfFormula =
        "a value as printed, not a formula (copy the column and paste values only: the working paper checks what was printed, not what a formula computes)";

    private static string? Cell(SheetGrid sheet, GridRow row, Dictionary<FigureColumn, int> header, FigureColumn column) =>
        header.TryGetValue(column, out var index) ? sheet.ValueAt(row, index, InsteadOfFormula) : null;

    private static InputException Formula(SheetGrid sheet, int row, GridCell cell) => sheet.FormulaAt(row, cell, InsteadOfFormula);

    private static bool TouchesRow(string range, int row)
    {
        var parts = range.Split(':');
        var first = RowOf(parts[0]);
        var last = parts.Length > 1 ? RowOf(parts[1]) : first;
        return first <= row && row <= last;
    }

    private static int RowOf(string reference) =>
        int.TryParse(reference.AsSpan(reference.TakeWhile(char.IsAsciiLetter).Count()), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var row) ? row : 0;
}
