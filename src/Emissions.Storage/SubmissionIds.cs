using System.Globalization;

namespace Emissions.Storage;

/// <summary>
/// Submission ids: version-7 GUIDs (a millisecond timestamp, then random bits), made strictly increasing within
/// the process, so that listing by id lists in creation order even for submissions created in the same
/// millisecond (RFC 9562 §6.2, monotonic random). Ids from two processes on one database order by millisecond only.
/// </summary>
public static class SubmissionIds
{
    private static readonly Lock Gate = new();
    private static UInt128 last;

    /// <summary>The next id: 32 lowercase hex digits, greater than every id this process made before.</summary>
    public static string Next()
    {
        var candidate = UInt128.Parse(Guid.CreateVersion7().ToString("N"), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        lock (Gate)
        {
            // Within one millisecond the random tail decides the order; stepping past the last id keeps creation
            // order. The step stays inside the 62 random bits unless they are all ones (odds 2^-62 per clash).
            if (candidate <= last)
            {
                candidate = last + 1;
            }

            last = candidate;
        }

        return candidate.ToString("x32", CultureInfo.InvariantCulture);
    }
}
