using System.IO.Compression;

namespace Emissions.Core.Tests.Spreadsheets;

/// <summary>A tiny .xlsx whose one sheet inflates to 16 MiB of zeros: what both spreadsheet readers must refuse unread.</summary>
internal static class ZipBomb
{
    public static MemoryStream Create()
    {
        var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            entry.Write(new byte[16 * 1024 * 1024]);
        }

        bomb.Position = 0;
        return bomb;
    }
}
