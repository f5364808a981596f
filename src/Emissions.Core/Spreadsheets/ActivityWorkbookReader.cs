using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Emissions.Inventory;

namespace Emissions.Spreadsheets;

/// <summary>
/// Reads an activity workbook (<see cref="ActivityWorkbook"/>'s template, filled in) or a CSV of activity lines as the
/// CONTRACT "Calculate" request. The XLSX has an Inventory sheet of settings and one sheet per input kind (any of them
/// may be missing or renamed in Chinese); the CSV has a kind column naming the input kind (fuel, electricity … or a
/// setting such as period) and the union of the sheets' columns. Values only: formulas, merged cells, unknown sheets or
/// columns, and text where an amount belongs are refused with the sheet, row and column. The request is read by
/// <see cref="InventoryReader"/> before it is returned, so every error names a cell.
/// </summary>
internal static partial class ActivityWorkbookReader
{
    public const int DefaultMaxRows = 100_000;

    private static readonly string[] KindNames = ["kind", "input", "sheet", "input kind", "输入类型", "輸入類型", "工作表", "类型"];
    private static readonly string[] Withdrawal = ["withdrawal", "intake", "water withdrawal", "取水", "取水量", "用水", "用水量", "新鲜水", "新鮮水", "新鲜水使用量", "新鮮水使用量"];
    private static readonly string[] Discharge = ["discharge", "wastewater", "water discharge", "排水", "排水量", "废水", "廢水", "废水排放量", "廢水排放量"];

    public static ActivityReading ReadXlsx(Stream stream, string file, SpreadsheetLimits? limits = null, int maxRows = DefaultMaxRows) =>
        Read(XlsxWorkbookReader.Read(stream, file, limits), file, maxRows);

    public static ActivityReading ReadCsv(string csv, string file, int maxRows = DefaultMaxRows) =>
        Read([CsvSheetReader.Read(csv, file)], file, maxRows);

    public static ActivityReading Read(IReadOnlyList<SheetGrid> sheets, string file, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        var request = new Request();
        var rows = 0;
        var read = false;
        foreach (var sheet in sheets)
        {
            rows += sheet.Rows.Count;
            if (rows > maxRows + sheets.Count)
            {
                throw new InputException(sheet.Place, $"more than {maxRows} rows", $"at most {maxRows} rows of activity data per workbook");
            }

            if (sheet.IsCsv)
            {
                ReadTable(sheet, request);
                read = true;
            }
            else if (ActivitySheets.IsIgnored(sheet.Name) || sheet.Rows.Count == 0)
            {
                continue;
            }
            else if (ActivitySheets.IsInventory(sheet.Name))
            {
                RefuseMerged(sheet);
                ReadSettings(sheet, request);
                read = true;
            }
            else if (ActivitySheets.Find(sheet.Name) is { } definition)
            {
                RefuseMerged(sheet);
                var header = Header(sheet, definition, strict: true);
                foreach (var row in sheet.Rows.Skip(1))
                {
                    ReadLine(sheet, definition, header, row, request);
                }

                read = true;
            }
            else
            {
                var check = SheetNames.FindFigures([sheet]) is not null ? $"; '{sheet.Name}' is a sheet of figures for a check (emissions check, POST /v1/checks)" : "";
                throw new InputException(sheet.Place, null, $"a sheet of the activity workbook: {SheetList}{check}");
            }
        }

        if (!read)
        {
            throw new InputException(file, sheets.Count == 0 ? "no sheets" : $"sheets {string.Join(", ", sheets.Select(s => $"'{s.Name}'"))}",
                $"an activity workbook with the template's sheets ({SheetList}); download the template with `emissions template` or GET /v1/calculations/template",
                InputError.Missing);
        }

        var reading = new ActivityReading(System.Text.Encoding.UTF8.GetBytes(request.Root.ToJsonString()), request.Locations, file);

        // Read now, so that an amount that is not one names its cell before anything is calculated.
        reading.Run(root => InventoryReader.Read(root));
        return reading;
    }

    private static string SheetList => string.Join(", ", ActivitySheets.Sheets.Select(s => s.Name).Prepend(ActivitySheets.InventorySheet));

    private static void RefuseMerged(SheetGrid sheet)
    {
        if (sheet.MergedRanges.Count > 0)
        {
            throw new InputException($"{sheet.Place} cells {sheet.MergedRanges[0]}", null,
                "one value per cell: merged cells leave the other cells of the range blank (unmerge them and fill each cell)");
        }
    }

    /// <summary>The Inventory sheet: field | value | unit rows (a header row naming them is passed over).</summary>
    private static void ReadSettings(SheetGrid sheet, Request request)
    {
        foreach (var row in sheet.Rows)
        {
            var key = Text(sheet, row, 0);
            if (key is null || (row == sheet.Rows[0] && ActivitySheets.Matches(["field", "字段", "item", "项目"], key)))
            {
                continue;
            }

            var setting = ActivitySetting(key) ?? throw new InputException(sheet.At(row.Number, 0), key,
                $"a setting: {string.Join(", ", ActivitySheets.Settings.Select(s => s.Field))}");
            Set(request, setting, Text(sheet, row, 1), Text(sheet, row, 2), sheet.At(row.Number, 1, setting.Field));
        }
    }

    private static ActivitySetting? ActivitySetting(string key) => ActivitySheets.Setting(key);

    private static void Set(Request request, ActivitySetting setting, string? value, string? unit, string at)
    {
        if (value is null)
        {
            return;
        }

        var path = $"$.{setting.Field}";
        if (request.Root.ContainsKey(setting.Field))
        {
            throw new InputException(at, value, $"{setting.Field} once ({request.Locations[path]} gives it already)");
        }

        request.Root[setting.Field] = setting.Cell == ActivityCell.Amount ? Amount(value, unit) : value;
        request.Locations[path] = at;
    }

    /// <summary>A CSV of activity lines: a kind column says which sheet (or setting) each row belongs to.</summary>
    private static void ReadTable(SheetGrid sheet, Request request)
    {
        if (sheet.Rows.Count == 0)
        {
            return;
        }

        var headerRow = sheet.Rows[0];
        var kindColumn = headerRow.Cells.FirstOrDefault(c => ActivitySheets.Matches(KindNames, c.Text))?.Column
            ?? throw new InputException(sheet.AtRow(headerRow.Number), string.Join(" | ", headerRow.Cells.Select(c => c.Text)),
                "a header row with a kind column (kind | fuel | amount | unit | region …): each row's kind names its input (fuel, electricity, heat, waste, water, total …) or a setting (period, factorSet, headcount …)", InputError.Missing);
        var headers = ActivitySheets.Sheets.ToDictionary(d => d, d => Header(sheet, d, strict: false, skip: kindColumn));
        RefuseUnknownColumns(sheet, headerRow, kindColumn);
        foreach (var row in sheet.Rows.Skip(1))
        {
            var kind = Text(sheet, row, kindColumn);
            if (kind is null)
            {
                throw new InputException(sheet.At(row.Number, kindColumn, "kind"), null, $"the row's kind: {KindList}", InputError.Missing);
            }

            if (ActivitySheets.Find(kind) is { } definition)
            {
                ReadLine(sheet, definition, headers[definition], row, request);
            }
            else if (ActivitySetting(kind) is { } setting)
            {
                var value = headerRow.Cells.FirstOrDefault(c => ActivitySheets.Matches(["value", "amount", "数值", "數值", "数量", "數量"], c.Text));
                var unit = headerRow.Cells.FirstOrDefault(c => ActivitySheets.Matches(["unit", "单位", "單位"], c.Text));
                var text = value is null ? null : Text(sheet, row, value.Column);
                Set(request, setting, text, unit is null ? null : Text(sheet, row, unit.Column), sheet.At(row.Number, value?.Column ?? kindColumn, setting.Field));
            }
            else
            {
                throw new InputException(sheet.At(row.Number, kindColumn, "kind"), kind, $"an input kind or setting: {KindList}");
            }
        }
    }

    private static string KindList => string.Join(", ", ActivitySheets.Sheets.Select(s => s.Field).Concat(ActivitySheets.Settings.Select(s => s.Field)));

    private static void RefuseUnknownColumns(SheetGrid sheet, GridRow headerRow, int kindColumn)
    {
        foreach (var cell in headerRow.Cells.Where(c => c.Column != kindColumn))
        {
            var name = HeaderName(cell.Text).Name;
            if (!ActivitySheets.Sheets.Any(d => ActivitySheets.Column(d, name) is not null))
            {
                throw new InputException(sheet.At(headerRow.Number, cell.Column), cell.Text,
                    "a column of the activity workbook (kind, fuel, amount, unit, region, site, category, flow, metric, value, label …)");
            }
        }
    }

    /// <summary>The columns of a sheet's header row, each with the unit its header may carry in brackets ("Amount (MWh)").</summary>
    private static Dictionary<ActivityColumn, (int Column, string? Unit)> Header(SheetGrid sheet, ActivitySheet definition, bool strict, int skip = -1)
    {
        var header = new Dictionary<ActivityColumn, (int, string?)>();
        var headerRow = sheet.Rows[0];
        foreach (var cell in headerRow.Cells.Where(c => c.Column != skip))
        {
            if (cell.Formula is not null)
            {
                throw Formula(sheet, headerRow.Number, cell);
            }

            var (name, unit) = HeaderName(cell.Text);
            var column = ActivitySheets.Column(definition, name);
            if (column is null)
            {
                if (strict)
                {
                    throw new InputException(sheet.At(headerRow.Number, cell.Column), cell.Text,
                        $"a column of sheet {definition.Name}: {string.Join(", ", definition.Columns.Select(c => c.Header))} (is row {headerRow.Number} the header row?)");
                }

                continue;
            }

            if (!header.TryAdd(column, (cell.Column, unit)))
            {
                throw new InputException(sheet.At(headerRow.Number, cell.Column), cell.Text,
                    $"each column once ({column.English} is already column {ColumnLetters.Of(header[column].Item1)})");
            }
        }

        return header;
    }

    private static (string Name, string? Unit) HeaderName(string header)
    {
        var match = Bracketed().Match(header.Trim());
        return match.Success ? (match.Groups["name"].Value, match.Groups["unit"].Value.Trim()) : (header, null);
    }

    [GeneratedRegex(@"^(?<name>.*?)\s*[（(]\s*(?<unit>[^（）()]+?)\s*[)）]\s*$")]
    private static partial Regex Bracketed();

    private static void ReadLine(SheetGrid sheet, ActivitySheet definition, Dictionary<ActivityColumn, (int Column, string? Unit)> header, GridRow row, Request request)
    {
        var values = header.ToDictionary(h => h.Key.Field, h => Text(sheet, row, h.Value.Column));
        if (values.Values.All(v => v is null))
        {
            return;
        }

        string? Unit(ActivityColumn column) =>
            values.GetValueOrDefault(column.UnitField) ?? (header.TryGetValue(column, out var h) ? h.Unit : null);
        string At(string field) =>
            header.FirstOrDefault(h => h.Key.Field == field) is { Key: not null } h ? sheet.At(row.Number, h.Value.Column, field) : $"{sheet.AtRow(row.Number)} ({field})";

        if (definition.KeyField is { } keyField)
        {
            ReadKeyed(sheet, definition, header, row, request, values, keyField, At, Unit);
            return;
        }

        var lines = request.Root[definition.Field] as JsonArray ?? (JsonArray)(request.Root[definition.Field] = new JsonArray());
        var path = $"$.{definition.Field}[{lines.Count.ToString(CultureInfo.InvariantCulture)}]";
        var line = new JsonObject();
        request.Locations[path] = sheet.AtRow(row.Number);
        foreach (var (column, _) in header)
        {
            request.Locations[$"{path}.{column.Field}"] = At(column.Field);
            if (values[column.Field] is not { } text || column.Cell == ActivityCell.Unit)
            {
                continue;
            }

            line[column.Field] = column.Cell switch
            {
                ActivityCell.Amount => Amount(text, Unit(column)),
                ActivityCell.Flag => Flag(text, At(column.Field)),
                _ => text,
            };
        }

        lines.Add((JsonNode)line); // the JsonNode overload: the generic one needs reflection (not trimming- or AOT-safe)
    }

    /// <summary>Water (keyed by flow) and printed totals (keyed by metric): the row's amount under its key.</summary>
    private static void ReadKeyed(SheetGrid sheet, ActivitySheet definition, Dictionary<ActivityColumn, (int Column, string? Unit)> header, GridRow row,
        Request request, Dictionary<string, string?> values, string keyField, Func<string, string> at, Func<ActivityColumn, string?> unit)
    {
        var written = values.GetValueOrDefault(keyField)
            ?? throw new InputException(at(keyField), null, definition.Field == "water" ? "withdrawal or discharge (取水, 排水)" : "a metric id, e.g. energy.total", InputError.Missing);
        var key = definition.Field == "water" ? Flow(written, at(keyField)) : written;
        var amountColumn = header.Keys.FirstOrDefault(c => c.Cell == ActivityCell.Amount);
        var amount = amountColumn is null ? null : values[amountColumn.Field];
        if (amount is null)
        {
            throw new InputException(at(amountColumn?.Field ?? "amount"), null, "the amount as printed, e.g. \"205.27\" with its unit", InputError.Missing);
        }

        var items = request.Root[definition.Field] as JsonObject ?? (JsonObject)(request.Root[definition.Field] = new JsonObject());
        var path = definition.Field == "water" ? $"$.water.{key}" : $"$.totals['{key}']";
        if (items.ContainsKey(key))
        {
            throw new InputException(at(keyField), written, $"one row for {key} ({request.Locations[path]} has it already)");
        }

        var item = new JsonObject { ["value"] = amount };
        if (unit(amountColumn!) is { } u)
        {
            item["unit"] = u;
        }

        foreach (var annotation in new[] { "label", "note" })
        {
            if (values.GetValueOrDefault(annotation) is { } text)
            {
                item[annotation] = text;
            }
        }

        items[key] = item;
        request.Locations[path] = at(amountColumn!.Field);
    }

    private static string Flow(string written, string at) =>
        ActivitySheets.Matches(Withdrawal, written) ? "withdrawal"
        : ActivitySheets.Matches(Discharge, written) ? "discharge"
        : throw new InputException(at, written, "withdrawal or discharge (取水, 排水)");

    private static JsonNode Amount(string value, string? unit) =>
        unit is null ? JsonValue.Create(value) : new JsonObject { ["value"] = value, ["unit"] = unit };

    private static JsonValue Flag(string text, string at) =>
        ActivitySheets.Matches(["yes", "y", "true", "1", "是"], text) ? JsonValue.Create(true)
        : ActivitySheets.Matches(["no", "n", "false", "0", "否"], text) ? JsonValue.Create(false)
        : throw new InputException(at, text, "yes or no (是, 否)");

    private const string InsteadOfFormula =
        "a value, not a formula (copy the cells and paste values only: a formula's last result may be stale, or missing in a workbook no spreadsheet program saved)";

    private static string? Text(SheetGrid sheet, GridRow row, int column) => sheet.ValueAt(row, column, InsteadOfFormula);

    private static InputException Formula(SheetGrid sheet, int row, GridCell cell) => sheet.FormulaAt(row, cell, InsteadOfFormula);

    /// <summary>The request being built and where each of its fields came from.</summary>
    private sealed class Request
    {
        public JsonObject Root { get; } = [];

        public Dictionary<string, string> Locations { get; } = new(StringComparer.Ordinal);
    }
}
