using System.Globalization;
using System.Text;
using Emissions.Api.Submissions;
using Emissions.Quantities;
using static Emissions.Api.Workbench.WorkbenchHtml;

namespace Emissions.Api.Workbench;

/// <summary>
/// A metric across reporting years as a server-rendered SVG line chart (one small chart per metric, since PUE and each
/// intensity have units of their own): reporting years on the x axis, the metric in its unit on the y axis between
/// round ticks, each year a point whose tooltip holds the exact value; a table under each chart lists the exact values
/// for reading and for screen readers. Positions are worked out in decimal like every other figure of the page.
/// </summary>
internal static class SeriesChart
{
    private const int Width = 520;
    private const int Height = 260;
    private const int Left = 78;
    private const int Right = 20;
    private const int Top = 16;
    private const int Bottom = 48;
    private const int Ticks = 4;

    public static void Render(StringBuilder html, YearSeries series, int index)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(series);
        var (low, high, step) = Scale(series.Points.Min(p => p.Value), series.Points.Max(p => p.Value));
        var years = series.Points.Select(p => p.Year).Distinct().Order().ToList();
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        const int inset = 24; // the first and last year stand clear of the axes
        decimal X(int year) => years.Count == 1 ? Left + (plotWidth / 2m) : Left + inset + ((plotWidth - (2 * inset)) * (year - years[0]) / (decimal)(years[^1] - years[0]));
        decimal Y(decimal value) => Top + (plotHeight * (high - value) / (high - low));
        var id = "series-" + index.ToString(CultureInfo.InvariantCulture);
        var unit = series.Unit.Length == 0 || series.Unit == "1" ? "" : $" ({series.Unit})"; // PUE is a pure number

        html.Append("<figure class=\"series\" id=\"").Append(id).Append("\" data-metric=\"").Append(E(series.MetricId)).Append("\"><figcaption>")
            .Append(E($"{series.NameEn} / {series.NameZh}")).Append(" <code>").Append(E(series.MetricId)).Append("</code></figcaption>")
            .Append("<svg role=\"img\" aria-labelledby=\"").Append(id).Append("-title\" width=\"").Append(Width).Append("\" height=\"").Append(Height)
            .Append("\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(Height).Append("\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"").Append(id).Append("-title\">")
            .Append(E($"{series.NameEn}{unit} by reporting year, {years[0]}–{years[^1]}")).Append("</title>");

        // Axes, y ticks with grid lines, x ticks at each year.
        html.Append("<g class=\"axes\" stroke=\"#1b1b1b\"><line x1=\"").Append(Left).Append("\" y1=\"").Append(Top).Append("\" x2=\"").Append(Left).Append("\" y2=\"").Append(Height - Bottom)
            .Append("\"/><line x1=\"").Append(Left).Append("\" y1=\"").Append(Height - Bottom).Append("\" x2=\"").Append(Width - Right).Append("\" y2=\"").Append(Height - Bottom).Append("\"/></g>");
        for (var tick = low; tick <= high; tick += step)
        {
            var y = P(Y(tick));
            html.Append("<line x1=\"").Append(Left).Append("\" x2=\"").Append(Width - Right).Append("\" y1=\"").Append(y).Append("\" y2=\"").Append(y)
                .Append("\" stroke=\"#dddddd\"/><text class=\"y-tick\" x=\"").Append(Left - 6).Append("\" y=\"").Append(y).Append("\" dy=\"4\" text-anchor=\"end\">")
                .Append(E(DecimalText.Exact(tick))).Append("</text>");
        }

        foreach (var year in years)
        {
            html.Append("<text class=\"x-tick\" x=\"").Append(P(X(year))).Append("\" y=\"").Append(Height - Bottom + 16).Append("\" text-anchor=\"middle\">")
                .Append(year).Append("</text>");
        }

        html.Append("<text x=\"").Append(Left + (plotWidth / 2)).Append("\" y=\"").Append(Height - 8).Append("\" text-anchor=\"middle\">Reporting year / 报告年度</text>")
            .Append("<text class=\"y-label\" transform=\"rotate(-90)\" x=\"").Append(-(Top + (plotHeight / 2))).Append("\" y=\"14\" text-anchor=\"middle\">")
            .Append(E(series.Unit.Length == 0 || series.Unit == "1" ? "ratio / 比值" : $"{series.Unit} / 单位")).Append("</text>");

        var line = string.Join(' ', series.Points.Select(p => P(X(p.Year)) + "," + P(Y(p.Value))));
        html.Append("<polyline fill=\"none\" stroke=\"#1f5fbf\" stroke-width=\"2\" points=\"").Append(line).Append("\"/>");
        foreach (var point in series.Points)
        {
            html.Append("<circle class=\"point\" cx=\"").Append(P(X(point.Year))).Append("\" cy=\"").Append(P(Y(point.Value))).Append("\" r=\"4\" fill=\"#1f5fbf\" data-year=\"")
                .Append(point.Year).Append("\" data-value=\"").Append(E(DecimalText.Exact(point.Value))).Append("\"><title>")
                .Append(E($"{point.Year}: {DecimalText.Exact(point.Value)} {series.Unit}".TrimEnd())).Append("</title></circle>");
        }

        html.Append("</svg><table class=\"series-values\"><caption>")
            .Append(E($"{series.NameEn} by year / {series.NameZh}（按年度）")).Append("</caption><thead><tr><th scope=\"col\">Year / 年度</th><th scope=\"col\" class=\"num\">")
            .Append(E($"Value{unit} / 数值")).Append("</th><th scope=\"col\">From / 来源</th></tr></thead><tbody>");
        foreach (var point in series.Points)
        {
            html.Append("<tr data-year=\"").Append(point.Year).Append("\"><th scope=\"row\">").Append(point.Year).Append("</th><td class=\"num\">")
                .Append(E(DecimalText.Exact(point.Value))).Append("</td><td>").Append(E(point.Source)).Append("</td></tr>");
        }

        html.Append("</tbody></table></figure>");
    }

    /// <summary>Round bounds around the values with a 1, 2 or 5 × 10ⁿ step, at most <see cref="Ticks"/> steps between them.</summary>
    public static (decimal Low, decimal High, decimal Step) Scale(decimal min, decimal max)
    {
        var span = max - min;
        if (span == 0m)
        {
            span = min == 0m ? 1m : Math.Abs(min) / 10m; // one value: a band of a tenth of it around it
        }

        var step = 1m;
        while (step * Ticks < span)
        {
            step *= 10m;
        }

        while (step / 10m * Ticks >= span && step > 0.0000000001m)
        {
            step /= 10m;
        }

        // step is now the smallest power of ten with step × Ticks ≥ span; 1, 2 or 5 times a tenth of it may fit tighter.
        foreach (var factor in new[] { 0.2m, 0.5m })
        {
            if (step * factor * Ticks >= span)
            {
                step *= factor;
                break;
            }
        }

        var low = Math.Floor(min / step) * step;
        var high = Math.Ceiling(max / step) * step;
        if (high == low)
        {
            low -= step;
            high += step;
        }

        return (low, high, step);
    }

    private static string P(decimal value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
