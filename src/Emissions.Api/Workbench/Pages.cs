namespace Emissions.Api.Workbench;

/// <summary>How pages answer: UTF-8 HTML with the given status.</summary>
internal static class Pages
{
    public static IResult Html(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
