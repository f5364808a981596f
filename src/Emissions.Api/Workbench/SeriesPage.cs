using Emissions.Api.Auth;
using Emissions.Api.Submissions;
using static Emissions.Api.Workbench.WorkbenchHtml;

namespace Emissions.Api.Workbench;

/// <summary>
/// Series by year: the organisation's PUE and intensities across reporting years, one chart per metric (<see cref="SeriesChart"/>),
/// from the latest revision of each activity-data submission for an annual period, each recomputed with its pinned factor set.
/// </summary>
internal static class SeriesPage
{
    public static string Render(Caller caller, string antiforgeryField, IReadOnlyList<YearSeries> series, IReadOnlyList<string> skipped)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(skipped);
        return Page("/submissions", "Series by year", "年度趋势", html =>
        {
            SessionBar.Render(html, caller, antiforgeryField);
            html.Append("<p><a href=\"/submissions\">All submissions / 全部报送</a></p><p>Each point is the latest revision of an activity-data submission for that ")
                .Append("reporting year, recomputed with the factor set it pinned (hover a point, or read the table, for the exact value and its submission). ")
                .Append("<span lang=\"zh\">每个点为该年度活动数据报送的最新版本，按其锁定的因子集计算。</span></p>");
            foreach (var note in skipped)
            {
                html.Append("<p class=\"note\">").Append(E(note)).Append("</p>");
            }

            if (series.Count == 0)
            {
                html.Append("<p id=\"no-series\">No activity-data submission for an annual period gives a PUE or an intensity yet. ")
                    .Append("<span lang=\"zh\">尚无可绘制的年度数据。</span></p>");
                return;
            }

            html.Append("<div id=\"series\">");
            for (var i = 0; i < series.Count; i++)
            {
                SeriesChart.Render(html, series[i], i);
            }

            html.Append("</div>");
        });
    }
}
