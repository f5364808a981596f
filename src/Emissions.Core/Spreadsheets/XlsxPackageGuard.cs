using System.IO.Compression;
using Emissions.Inventory;

namespace Emissions.Spreadsheets;

/// <summary>
/// What an upload must pass before any part of it is parsed (its size, its parts' count and inflated sizes), and the
/// words a refusal uses. The refusals are the contract both the reader and the tests' Open XML SDK oracle answer with,
/// so they are written once, here.
/// </summary>
internal static class XlsxPackageGuard
{
    /// <summary>The upload copied into <paramref name="copy"/> (at most <see cref="SpreadsheetLimits.MaxFileBytes"/>) and
    /// opened as a zip whose parts pass <paramref name="limits"/>; nothing is inflated yet.</summary>
    public static ZipArchive Open(Stream stream, MemoryStream copy, string file, SpreadsheetLimits limits)
    {
        CopyBounded(stream, copy, limits.MaxFileBytes, file);
        copy.Position = 0;
        var zip = OpenZip(copy, file);
        try
        {
            GuardZip(zip, file, limits);
            return zip;
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    private static ZipArchive OpenZip(MemoryStream copy, string file)
    {
        try
        {
            return new ZipArchive(copy, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            throw NotAWorkbook(file, ex.Message);
        }
    }

    private static void CopyBounded(Stream stream, MemoryStream copy, long max, string file)
    {
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            copy.Write(buffer, 0, read);
            if (copy.Length > max)
            {
                throw new InputException(file, $"more than {max / (1024 * 1024)} MB", $"a workbook of at most {max / (1024 * 1024)} MB");
            }
        }
    }

    /// <summary>Refuses a zip whose declared sizes inflate too far before any part is parsed.</summary>
    private static void GuardZip(ZipArchive zip, string file, SpreadsheetLimits limits)
    {
        try
        {
            if (zip.Entries.Count > limits.MaxEntries)
            {
                throw new InputException(file, $"{zip.Entries.Count} parts", $"a workbook of at most {limits.MaxEntries} parts");
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > limits.MaxInflatedBytes)
                {
                    throw new InputException(file, $"parts inflating to more than {limits.MaxInflatedBytes / (1024 * 1024)} MB",
                        $"a workbook whose parts inflate to at most {limits.MaxInflatedBytes / (1024 * 1024)} MB (is it a zip bomb?)");
                }

                if (entry.Length > 1024 * 1024 && entry.Length / Math.Max(1, entry.CompressedLength) > limits.MaxCompressionRatio)
                {
                    throw new InputException($"{file} part {entry.FullName}", $"{entry.CompressedLength} bytes inflating to {entry.Length}",
                        $"a part compressed at most {limits.MaxCompressionRatio}:1 (is it a zip bomb?)");
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw NotAWorkbook(file, ex.Message);
        }
    }

    public static InputException NotAWorkbook(string file, string why) =>
        new(file, null, $"an Excel workbook (.xlsx, Office Open XML); could not open it: {why.Split('\n')[0].TrimEnd('.')}");
}
