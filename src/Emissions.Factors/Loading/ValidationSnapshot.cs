using System.IO.Hashing;
using System.Text;

namespace Emissions.Factors.Loading;

/// <summary>
/// The factor library's validation snapshot: the content keys of factor files that passed their JSON schema, kept in
/// one small file between runs, so that a library whose files have not changed is read without running the schema
/// validator (JsonSchema.Net) — which was most of a one-record <c>emissions calculate</c>'s CPU time. A key is the
/// XxHash128 of the schema's fingerprint and the file's text as read (ADR 0029), so an edited file, a file of a new
/// <c>--factors</c> directory or of <c>$EMISSIONS_FACTORS_DIR</c>, or a changed schema has a key the snapshot has never
/// seen and is validated in full; only files that passed are added. The snapshot never supplies data: values are always
/// read from the files themselves, and every rule beyond the schema (ids, units, sets, overlaps) runs on every load, so
/// it cannot serve a stale library. Where the cache folder cannot be read or written, every load validates in full.
/// </summary>
internal sealed class ValidationSnapshot
{
    /// <summary>The folder that holds the snapshot; <c>off</c> turns it off (every load validates every file).</summary>
    public const string DirectoryVariable = "EMISSIONS_CACHE_DIR";

    /// <summary>The file's name inside the cache folder; the version changes if the key's recipe does.</summary>
    public const string FileName = "validated-factor-files.v2";

    // A user who edits factor files for years adds a key per edit; the newest keys are kept.
    private const int MaxKeys = 4096;

    private readonly string? _path;
    private readonly List<string> _added = [];
    private HashSet<string>? _known;

    /// <summary>A snapshot kept in <paramref name="folder"/>; none (every file validated, nothing saved) when null.</summary>
    public ValidationSnapshot(string? folder)
    {
        Folder = folder;
        _path = folder is null ? null : Path.Join(folder, FileName);
    }

    /// <summary>The cache folder (the catalogue image is kept there too); null when snapshots are off.</summary>
    public string? Folder { get; }

    // Read on first use: a load served whole by the catalogue image (CatalogueSnapshot) never needs the keys.
    private HashSet<string> Known => _known ??= new HashSet<string>(ReadKeys(_path), StringComparer.Ordinal);

    /// <summary>The snapshot in $EMISSIONS_CACHE_DIR, else $XDG_CACHE_HOME/emissions, else ~/.cache/emissions.</summary>
    public static ValidationSnapshot Default() => new(DefaultFolder());

    /// <summary>No snapshot: every file is validated against its schema and nothing is saved.</summary>
    public static ValidationSnapshot Off() => new(null);

    /// <summary>The key of a file's text validated against a schema with this fingerprint.</summary>
    public static string Key(string schemaFingerprint, string text)
    {
        var hash = new XxHash128();
        hash.Append(Encoding.UTF8.GetBytes(schemaFingerprint));
        hash.Append([0]);
        hash.Append(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>Whether a file with this key passed its schema before.</summary>
    public bool Contains(string key) => Known.Contains(key);

    /// <summary>Records a file that has just passed its schema; <see cref="Save"/> writes it.</summary>
    public void Add(string key)
    {
        if (Known.Add(key))
        {
            _added.Add(key);
        }
    }

    /// <summary>
    /// Writes the keys added by this load, merged with what other processes saved meanwhile, through a temporary file
    /// renamed over the old one (a reader sees the old snapshot or the new, never half of one). A folder that cannot be
    /// written is not an error: the snapshot only saves time.
    /// </summary>
    public void Save()
    {
        if (_path is null || _added.Count == 0)
        {
            return;
        }

        var temporary = $"{_path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            var keys = ReadKeys(_path).ToList();
            var present = new HashSet<string>(keys, StringComparer.Ordinal);
            keys.AddRange(_added.Where(present.Add));
            File.WriteAllLines(temporary, keys.Skip(Math.Max(0, keys.Count - MaxKeys)));
            File.Move(temporary, _path, overwrite: true);
            _added.Clear();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    private static string? DefaultFolder()
    {
        var configured = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return string.Equals(configured.Trim(), "off", StringComparison.OrdinalIgnoreCase) ? null : configured;
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrWhiteSpace(xdg))
        {
            return Path.Join(xdg, "emissions");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : Path.Join(home, ".cache", "emissions");
    }

    // Lines that are not a key (a truncated or foreign file) are ignored: they can only cost a validation.
    private static IEnumerable<string> ReadKeys(string? path)
    {
        if (path is null)
        {
            return [];
        }

        try
        {
            return File.Exists(path) ? File.ReadAllLines(path).Where(IsKey) : [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static bool IsKey(string line) => line.Length == 32 && line.All(char.IsAsciiHexDigitLower);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left behind in the cache folder; harmless.
        }
    }
}
