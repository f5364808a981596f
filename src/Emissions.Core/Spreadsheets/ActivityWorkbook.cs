using System.Text.Json;

namespace Emissions.Spreadsheets;

/// <summary>
/// The activity workbook as XLSX: a Read me sheet, the Inventory sheet (organisation, period, factor set …), one sheet per
/// input kind with drop-down lists for fuels, regions, waste categories, water flows, metrics and factor sets, and the
/// hidden Lists sheet they draw on. Empty, it is the template teams fill in; given a CONTRACT "Calculate" request, it is
/// that request as a workbook, which <see cref="ActivityWorkbookReader"/> reads back to the same request.
/// </summary>
internal static class ActivityWorkbook
{
    private const int MinimumWidth = 14;

    /// <summary>Writes the workbook.</summary>
    /// <param name="output">Where the XLSX goes.</param>
    /// <param name="factorSets">The factor set ids the Inventory sheet's drop-down offers.</param>
    /// <param name="inventory">A CONTRACT "Calculate" request to fill the sheets with; null for the empty template.</param>
    public static void Write(Stream output, IReadOnlyList<string> factorSets, JsonElement? inventory = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(factorSets);
        var book = new XlsxBuilder();
        ReadMe(book.Sheet("Read me", false, 110));
        Settings(book.Sheet(ActivitySheets.InventorySheet, true, 30, 40, 14, 80), inventory, factorSets);
        foreach (var sheet in ActivitySheets.Sheets)
        {
            Lines(book.Sheet(sheet.Name, true, [.. sheet.Columns.Select(c => (double)Math.Max(MinimumWidth, c.Header.Length + 4))]), sheet, inventory, factorSets);
        }

        var lists = book.Sheet(ActivitySheets.ListsSheet, true, [.. ActivitySheets.ListNames.Select(_ => 24d)]).Hide();
        var values = ActivitySheets.ListNames.Select(n => ActivitySheets.ListValues(n, factorSets)).ToList();
        lists.Heading([.. ActivitySheets.ListNames]);
        for (var r = 0; r < values.Max(v => v.Count); r++)
        {
            lists.Row([.. values.Select(v => r < v.Count ? v[r] : null)]);
        }

        book.Write(output);
    }

    /// <summary>The Lists sheet range a drop-down offers: "Lists!$B$2:$B$46".</summary>
    private static string Source(string list, IReadOnlyList<string> factorSets)
    {
        var column = ColumnLetters.Of(ActivitySheets.ListNames.ToList().IndexOf(list));
        var count = Math.Max(1, ActivitySheets.ListValues(list, factorSets).Count);
        return $"{ActivitySheets.ListsSheet}!${column}$2:${column}${count + 1}";
    }

    private static void ReadMe(XlsxBuilder.SheetBuilder sheet)
    {
        sheet.Styled(CellStyle.Title, "Activity workbook / 活动数据工作簿");
        sheet.Row("Fill the Inventory sheet (organisation, period, factor set), then one row per line on each input sheet; leave unused sheets empty.");
        sheet.Row("填写 Inventory（机构、报告期、因子集），然后在各输入工作表中每行填写一条数据；不用的工作表留空。");
        sheet.Row("Amounts: the number as printed (\"273,431.40\") and its unit in the Unit column (立方米, t, MWh, 吉焦 …), or both in one cell (\"892.32 t\").");
        sheet.Row("数量：按披露填写数值，并在“单位”列填写单位；也可在同一单元格写“892.32 吨”。");
        sheet.Row("Fuels, regions, waste categories, water flows, metrics and factor sets have drop-down lists; printed names (柴油, 华北, 危险废物) are read too.");
        sheet.Row("Values only: a formula is refused (copy and paste values). Merged cells are refused. Sheets may be renamed in Chinese (燃料, 电力, 热力 …).");
        sheet.Row("Calculate: emissions calculate inventory.xlsx --out results.xlsx, or POST the workbook to /v1/calculations, or upload it on the Calculate page.");
    }

    private static void Settings(XlsxBuilder.SheetBuilder sheet, JsonElement? inventory, IReadOnlyList<string> factorSets)
    {
        sheet.Heading("Field / 字段", "Value / 数值", "Unit / 单位", "Note / 说明");
        var row = 2;
        foreach (var setting in ActivitySheets.Settings)
        {
            var (value, unit) = inventory is { } root && root.TryGetProperty(setting.Field, out var element) ? Cell(element) : (null, null);
            sheet.Row($"{setting.Field} / {setting.Chinese}", value, unit, setting.Note);
            if (setting.List is { } list)
            {
                sheet.DropDown($"B{row}", Source(list, factorSets));
            }

            row++;
        }
    }

    private static void Lines(XlsxBuilder.SheetBuilder sheet, ActivitySheet definition, JsonElement? inventory, IReadOnlyList<string> factorSets)
    {
        sheet.Heading([.. definition.Columns.Select(c => c.Header)]);
        for (var c = 0; c < definition.Columns.Count; c++)
        {
            if (definition.Columns[c].List is { } list)
            {
                sheet.DropDown(c, Source(list, factorSets));
            }
        }

        if (inventory is not { } root || !root.TryGetProperty(definition.Field, out var items))
        {
            return;
        }

        foreach (var (key, item) in Items(definition, items))
        {
            sheet.Row([.. Cells(definition, key, item)]);
        }
    }

    private static IEnumerable<(string? Key, JsonElement Item)> Items(ActivitySheet definition, JsonElement items)
    {
        if (definition.IsKeyed && items.ValueKind == JsonValueKind.Object)
        {
            return items.EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null && !Inventory.JsonInput.AnnotationFields.Contains(p.Name))
                .Select(p => ((string?)p.Name, p.Value));
        }

        return items.ValueKind == JsonValueKind.Array ? items.EnumerateArray().Select(i => ((string?)null, i)) : [];
    }

    /// <summary>One line as cells: text fields as written; an amount {value, unit} as its value with the unit in the unit column (or "value unit" when the column is taken).</summary>
    private static object?[] Cells(ActivitySheet definition, string? key, JsonElement item)
    {
        var cells = new object?[definition.Columns.Count];
        int Index(string field) => definition.Columns.ToList().FindIndex(c => c.Field == field);
        for (var c = 0; c < definition.Columns.Count; c++)
        {
            var column = definition.Columns[c];
            if (column.Field == definition.KeyField)
            {
                cells[c] = key;
                continue;
            }

            // A keyed item is the amount itself ({"value", "unit", "label"}); a line holds its amount in a field.
            var element = definition.IsKeyed && column.Cell == ActivityCell.Amount ? item
                : item.ValueKind == JsonValueKind.Object && item.TryGetProperty(column.Field, out var field) ? field
                : (JsonElement?)null;
            if (element is not { } value || column.Cell == ActivityCell.Unit)
            {
                continue;
            }

            if (column.Cell == ActivityCell.Amount)
            {
                var (number, unit) = Cell(value);
                var unitIndex = Index(column.UnitField);
                if (unit is null || unitIndex < 0 || (cells[unitIndex] is { } taken && !Equals(taken, unit)))
                {
                    cells[c] = unit is null ? number : $"{number} {unit}";
                }
                else
                {
                    cells[c] = number;
                    cells[unitIndex] = unit;
                }
            }
            else
            {
                cells[c] = value.ValueKind switch
                {
                    JsonValueKind.True => column.Cell == ActivityCell.Flag ? "yes" : "true",
                    JsonValueKind.False => column.Cell == ActivityCell.Flag ? "no" : "false",
                    JsonValueKind.String => value.GetString(),
                    _ => value.GetRawText(),
                };
            }
        }

        return cells;
    }

    /// <summary>An amount or setting as (value, unit): "21,499" → ("21,499", null); {"value": "892.32", "unit": "噸"} → ("892.32", "噸").</summary>
    private static (string? Value, string? Unit) Cell(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => (element.GetString(), null),
        JsonValueKind.Number => (element.GetRawText(), null),
        JsonValueKind.Object => (
            element.TryGetProperty("value", out var v) ? (v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()) : null,
            element.TryGetProperty("unit", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null),
        _ => (null, null),
    };
}
