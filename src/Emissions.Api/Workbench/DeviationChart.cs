using System.Globalization;
using System.Text;
using Emissions.Verification;
using static Emissions.Api.Workbench.WorkbenchHtml;

namespace Emissions.Api.Workbench;

/// <summary>
/// Each check's deviation against its printed tolerance, as a server-rendered SVG bar chart: the bar is |deviation| divided
/// by half the printed interval's width, so 1 (the dashed line) is the edge of what the printed rounding allows and a bar
/// past it is a discrepancy. Bars are coloured by verdict and capped at 5× (the value is written beside them).
/// </summary>
internal static class DeviationChart
{
    private const int Width = 720;
    private const int Left = 200;
    private const int Bar = 18;
    private const int Gap = 8;
    private const decimal Cap = 5m;

    /// <summary>The ratio plotted for a check, or null when it has no deviation or no finite printed interval.</summary>
    public static decimal? Ratio(CheckResult check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (check.Deviation is not { } deviation || check.Reported is not { Low: { } low, High: { } high } || high <= low)
        {
            return null;
        }

        return Math.Abs(deviation.Absolute) / ((high - low) / 2m);
    }

    public static void Render(StringBuilder html, CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(report);
        var bars = report.Checks.Select(c => (Check: c, Ratio: Ratio(c))).Where(b => b.Ratio is not null).ToList();
        if (bars.Count == 0)
        {
            return;
        }

        var height = (bars.Count * (Bar + Gap)) + 40;
        var plot = Width - Left - 60;
        string X(decimal ratio) => (Left + (plot * Math.Min(ratio, Cap) / Cap)).ToString("0.#", CultureInfo.InvariantCulture);
        html.Append("<figure id=\"deviation-chart\"><figcaption>Deviation against the printed tolerance / 偏差与披露精度之比</figcaption>")
            .Append("<svg role=\"img\" aria-labelledby=\"deviation-title\" width=\"").Append(Width).Append("\" height=\"").Append(height)
            .Append("\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(height).Append("\" xmlns=\"http://www.w3.org/2000/svg\">")
            .Append("<title id=\"deviation-title\">|deviation| ÷ half the printed interval, per check; 1 is the edge of the printed rounding</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (check, ratio) = bars[i];
            var y = 10 + (i * (Bar + Gap));
            var colour = check.Material ? "#e06666" : check.Verdict switch
            {
                Verdict.Reproduced => "#6aa84f",
                Verdict.Consistent => "#93c47d",
                Verdict.Discrepant => "#f1c232",
                _ => "#999999",
            };
            html.Append("<g data-metric=\"").Append(E(check.Figure)).Append("\"><text x=\"").Append(Left - 6).Append("\" y=\"").Append(y + 13)
                .Append("\" text-anchor=\"end\">").Append(E(check.Figure)).Append("</text><rect x=\"").Append(Left).Append("\" y=\"").Append(y)
                .Append("\" width=\"").Append((decimal.Parse(X(ratio!.Value), CultureInfo.InvariantCulture) - Left).ToString("0.#", CultureInfo.InvariantCulture))
                .Append("\" height=\"").Append(Bar).Append("\" fill=\"").Append(colour).Append("\"><title>")
                .Append(E($"{check.Figure}: {check.Verdict.Name()}, {ratio.Value.ToString("0.##", CultureInfo.InvariantCulture)}× the printed tolerance")).Append("</title></rect>")
                .Append("<text x=\"").Append(X(ratio.Value)).Append("\" dx=\"4\" y=\"").Append(y + 13).Append("\">")
                .Append(E(ratio.Value.ToString("0.##", CultureInfo.InvariantCulture) + "×")).Append("</text></g>");
        }

        var one = X(1m);
        html.Append("<line x1=\"").Append(one).Append("\" x2=\"").Append(one).Append("\" y1=\"4\" y2=\"").Append(height - 24)
            .Append("\" stroke=\"#1b1b1b\" stroke-dasharray=\"4 3\"/><text x=\"").Append(one).Append("\" y=\"").Append(height - 8)
            .Append("\" text-anchor=\"middle\">1× printed tolerance / 披露精度</text></svg></figure>");
    }
}
