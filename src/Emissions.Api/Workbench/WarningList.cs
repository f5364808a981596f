using System.Text;
using Emissions.Diagnostics;
using static Emissions.Api.Workbench.WorkbenchHtml;

namespace Emissions.Api.Workbench;

/// <summary>
/// A calculation's warnings grouped by severity — important first, then warnings, then notes — with repeated ones
/// (15 national fallbacks) folded into one line whose messages open on demand, so the two that matter are not buried.
/// </summary>
internal static class WarningList
{
    private static readonly (WarningSeverity Severity, string English, string Chinese)[] Sections =
    [
        (WarningSeverity.Important, "Important", "重要"),
        (WarningSeverity.Warning, "Warnings", "警告"),
        (WarningSeverity.Note, "Notes", "说明"),
    ];

    public static void Render(StringBuilder html, IReadOnlyList<Warning> warnings)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(warnings);
        var groups = WarningGroup.Of(warnings);
        html.Append("<section aria-labelledby=\"warnings\" id=\"warning-groups\"><h2 id=\"warnings\">Warnings by severity <span lang=\"zh\">按严重程度分组的警告</span></h2>");
        foreach (var (severity, english, chinese) in Sections)
        {
            var section = groups.Where(g => g.Severity == severity).ToList();
            var wire = WarningGroup.Wire(severity);
            html.Append("<h3 id=\"severity-").Append(wire).Append("\">").Append(E(english)).Append(" <span lang=\"zh\">").Append(E(chinese)).Append("</span> (")
                .Append(section.Sum(g => g.Count)).Append(")</h3><ul class=\"").Append(wire).Append("\">");
            foreach (var group in section)
            {
                html.Append("<li data-code=\"").Append(E(group.Code)).Append("\">");
                if (group.Count > 1)
                {
                    html.Append("<details><summary>").Append(E(group.Message)).Append("</summary><ul>");
                    foreach (var detail in group.Details)
                    {
                        html.Append("<li>").Append(E(detail)).Append("</li>");
                    }

                    html.Append("</ul></details>");
                }
                else
                {
                    html.Append(E(group.Message));
                }

                html.Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append("</section>");
    }
}
