namespace Emissions.Api.Tests.Browser;

/// <summary>A fact that drives Debian's chromium; skipped, with the reason shown, where it is not installed (.ci/run installs it).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium))
        {
            Skip = $"browser tests need {Chromium} (apt-get install chromium fonts-noto-cjk; .ci/run installs them)";
        }
    }
}
