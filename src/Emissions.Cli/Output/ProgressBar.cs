using System.Diagnostics;
using System.Globalization;
using Emissions.Inventory.Bulk;

namespace Emissions.Cli.Output;

/// <summary>A one-line progress bar redrawn in place (carriage return) on a terminal's stderr, at most ten times a second, erased when done.</summary>
internal sealed class ProgressBar(TextWriter terminal) : IDisposable
{
    private const int Width = 30;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDrawn = -1000;
    private bool _drawn;

    internal void Show(BulkProgress progress)
    {
        var now = _clock.ElapsedMilliseconds;
        if (now - _lastDrawn < 100)
        {
            return;
        }

        _lastDrawn = now;
        var filled = (int)(progress.Fraction * Width);
        var seconds = Math.Max(now / 1000.0, 0.001);
        terminal.Write(string.Create(CultureInfo.InvariantCulture,
            $"\r[{new string('#', filled)}{new string('.', Width - filled)}] {progress.Fraction,4:P0}  {progress.Rows:N0} rows  {progress.Rows / seconds / 1e6:F1} M rows/s "));
        terminal.Flush();
        _drawn = true;
    }

    public void Dispose()
    {
        if (_drawn)
        {
            terminal.Write($"\r{new string(' ', Width + 60)}\r");
            terminal.Flush();
        }
    }
}
