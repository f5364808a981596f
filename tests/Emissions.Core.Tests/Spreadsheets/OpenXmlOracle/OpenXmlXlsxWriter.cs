using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Emissions.Core.Tests.Spreadsheets.OpenXmlOracle;

using Emissions.Spreadsheets;
using CellStyle = Emissions.Spreadsheets.CellStyle;

/// <summary>
/// The writer main had before ADR 0030 (XlsxBuilder.Write), kept as the oracle the new writer is compared with. Writes a workbook of plain sheets with the Open XML SDK: text as inline strings, numbers as exact
/// decimal text (a cell holds what was computed; Excel decides how many digits to show), a bold
/// header, verdict colours, set column widths and a frozen header row.
/// </summary>
internal static class OpenXmlXlsxWriter
{
    public static void Write(IReadOnlyList<XlsxBuilder.SheetBuilder> builders, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        uint id = 1;
        foreach (var sheet in builders)
        {
            var (rows, styles, widths) = (sheet.Rows, sheet.Styles, sheet.Widths);
            var part = workbook.AddNewPart<WorksheetPart>();
            var worksheet = new Worksheet();
            if (sheet.FreezeHeader && rows.Count > 1)
            {
                worksheet.Append(new SheetViews(new SheetView(new Pane
                {
                    VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
                }) { WorkbookViewId = 0 }));
            }

            if (widths.Length > 0)
            {
                var columns = new Columns();
                for (var i = 0; i < widths.Length; i++)
                {
                    columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
                }

                worksheet.Append(columns);
            }

            var data = new SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Count; c++)
                {
                    if (Cell(rows[r][c], ColumnLetters.Of(c) + (r + 1).ToString(CultureInfo.InvariantCulture), styles[r][c]) is { } cell)
                    {
                        row.Append(cell);
                    }
                }

                data.Append(row);
            }

            worksheet.Append(data);
            if (sheet.Lists.Count > 0)
            {
                // A drop-down per column: Excel offers the list's values and refuses others as they are typed.
                var validations = new DataValidations { Count = (uint)sheet.Lists.Count };
                foreach (var (cells, source) in sheet.Lists)
                {
                    validations.Append(new DataValidation(new Formula1(source))
                    {
                        Type = DataValidationValues.List, AllowBlank = true, ShowErrorMessage = true, ShowInputMessage = true,
                        SequenceOfReferences = new ListValue<StringValue>([new StringValue(cells)]),
                    });
                }

                worksheet.Append(validations);
            }

            part.Worksheet = worksheet;
            sheets.Append(new Sheet
            {
                Id = workbook.GetIdOfPart(part), SheetId = id++, Name = sheet.Name, State = sheet.Hidden ? SheetStateValues.Hidden : null,
            });
        }
    }

    private static Cell? Cell(object? value, string reference, CellStyle? style)
    {
        var cell = value switch
        {
            null => null,
            decimal number => new Cell { CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)), DataType = CellValues.Number },
            int number => new Cell { CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)), DataType = CellValues.Number },
            bool flag => new Cell { CellValue = new CellValue(flag ? "1" : "0"), DataType = CellValues.Boolean },
            _ => Text(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
        };
        if (cell is null)
        {
            return null;
        }

        cell.CellReference = reference;
        if (style is { } s && s != CellStyle.Plain)
        {
            cell.StyleIndex = (uint)s;
        }

        return cell;
    }

    private static Cell? Text(string text) => text.Length == 0
        ? null
        : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) };

    private static Stylesheet Styles()
    {
        static Fill Solid(string argb) => new(new PatternFill(new ForegroundColor { Rgb = argb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });
        static CellFormat Format(uint font, uint fill) => new() { FontId = font, FillId = fill, BorderId = 0, ApplyFont = font != 0, ApplyFill = fill != 0 };
        return new Stylesheet(
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" })),
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                Solid("FFC6EFCE"), // good: reproduced
                Solid("FFE2F0D9"), // fair: consistent
                Solid("FFFFEB9C"), // warning: discrepant, not material
                Solid("FFFFC7CE"), // bad: material
                Solid("FFEDEDED"), // muted: unverifiable, not tested
                Solid("FFDDEBF7")), // heading
            new Borders(new Border()),
            new CellStyleFormats(new CellFormat()),
            new CellFormats(
                Format(0, 0),
                Format(1, 7),
                Format(0, 2),
                Format(0, 3),
                Format(0, 4),
                Format(1, 5),
                Format(0, 6),
                Format(2, 0)));
    }
}
