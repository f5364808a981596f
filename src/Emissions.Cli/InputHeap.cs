namespace Emissions.Cli;

/// <summary>
/// Room on the heap, before a large JSON inventory is read, for what reading and answering it allocates, with no
/// collection in between (<see cref="GC.TryStartNoGCRegion(long, long)"/>). A command runs one job and exits: a
/// collection part-way only finds the columns it is still using. Without this, a 100,000-line calculate allocated
/// just over the large-object heap's first budget (about 3 MB: its amount, unit, region and group columns), and that
/// budget's collection is a full blocking one, which marked and relocated every reference in those columns: 19 M of
/// the process's 281 M instructions (bench/peers/RESULTS.md). The region asks for one collection at once, while the
/// heap is nearly empty, which costs little.
/// </summary>
/// <remarks>
/// The large-object room is the file's length (a line of the common shape is 40–60 bytes and takes 36–52 bytes of
/// columns); what allocates past either room ends the region, and the collector collects as it always did from then
/// on: the answer is the same either way, only when memory is reclaimed changes. Smaller files (under
/// <see cref="MinLength"/>) and files too large for the region (over <see cref="MaxLength"/>, where collections reclaim
/// memory that matters) are read as before.
/// </remarks>
internal static class InputHeap
{
    /// <summary>Smaller inputs allocate less than a collection budget: nothing to avoid.</summary>
    public const long MinLength = 1 << 20;

    /// <summary>Larger inputs are read with collections: their columns are tens of megabytes, their garbage as much.</summary>
    public const long MaxLength = 1 << 26;

    /// <summary>Room for the small-object heap while the region lasts (its allocations are small: headers, lookups, the writer's buffers).</summary>
    private const long SmallObjects = 16 << 20;

    /// <summary>Asks for no collection while the file at <paramref name="path"/> is read and answered; true when the region began (false for a missing file or a pipe).</summary>
    public static bool Reserve(string path)
    {
        var file = new FileInfo(path);
        return file.Exists && Reserve(file.Length);
    }

    /// <summary>Asks for no collection while an input of <paramref name="length"/> bytes is read and answered; true when the region began.</summary>
    public static bool Reserve(long length)
    {
        if (length < MinLength || length > MaxLength)
        {
            return false;
        }

        try
        {
            return GC.TryStartNoGCRegion(SmallObjects + length, length, disallowFullBlockingGC: false);
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // More than the collector can promise (or a region already open): read as before.
            return false;
        }
    }
}
