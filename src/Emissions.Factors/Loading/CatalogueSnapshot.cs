using System.Security.Cryptography;
using System.Text;

namespace Emissions.Factors.Loading;

/// <summary>
/// The loaded factor library kept between runs (ADR 0021): a binary image of every edition, factor, blend and set as
/// the loader built them, so that a run whose factor files, schemas and program have not changed reads the library
/// without parsing JSON, validating schemas, parsing values or re-checking sets. The image is keyed by a SHA-256 of the
/// format version, the program's own files (size and time), the compiled-in schemas and every JSON file of the
/// directories (relative path and bytes); any difference is a miss, and a miss is a full load that writes a new image.
/// A loader that reports errors writes nothing, so a bad file gives the same errors on every run. An image that cannot
/// be read, is from another format version, or whose payload does not match its own SHA-256 is a miss too.
/// </summary>
internal sealed class CatalogueSnapshot
{
    /// <summary>The image files' names start with this; the number is the format version (<see cref="CatalogueFormat.Version"/>).</summary>
    public const string FilePrefix = "factor-catalogue.v1.";

    // One image per list of directories; tests and `--factors` make many lists, so only the newest few are kept.
    private const int MaxImages = 8;

    private readonly string _path;
    private readonly byte[] _key;

    private CatalogueSnapshot(string path, byte[] key)
    {
        _path = path;
        _key = key;
    }

    /// <summary>The image for these directories in <paramref name="folder"/>; none when the folder is null (snapshots off).</summary>
    public static CatalogueSnapshot? For(string? folder, IReadOnlyList<string> directories)
    {
        if (folder is null || directories.Count == 0)
        {
            return null;
        }

        try
        {
            var name = new StringBuilder();
            foreach (var directory in directories)
            {
                name.Append(System.IO.Path.GetFullPath(directory)).Append('\0');
            }

            var slot = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name.ToString())).AsSpan(0, 8));
            return new CatalogueSnapshot(System.IO.Path.Join(folder, FilePrefix + slot + ".bin"), Key(directories));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null; // a directory that cannot be listed: the loader reports it
        }
    }

    /// <summary>The library in the image, or null when there is none, it is for other files, or it is damaged.</summary>
    public FactorLibrary? TryRead()
    {
        byte[] bytes;
        try
        {
            if (!File.Exists(_path))
            {
                return null;
            }

            bytes = File.ReadAllBytes(_path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return CatalogueFormat.TryRead(bytes, _key);
    }

    /// <summary>
    /// Writes the image of a library just loaded from the files, through a temporary file renamed over the old one
    /// (a reader sees the old image or the new, never half of one). A folder that cannot be written is not an error.
    /// </summary>
    public void Write(FactorLibrary library)
    {
        if (CatalogueFormat.Write(library, _key) is not { } bytes)
        {
            return; // a library the format cannot reproduce exactly is never stored
        }

        var temporary = $"{_path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            var folder = System.IO.Path.GetDirectoryName(_path)!;
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, _path, overwrite: true);
            Prune(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    // The key: what the image was built from. Reading ~110 KB of JSON and hashing it costs far less than parsing it.
    private static byte[] Key(IReadOnlyList<string> directories)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, $"format {CatalogueFormat.Version}");
        foreach (var program in ProgramFiles())
        {
            var info = new FileInfo(program);
            Append(hash, info.Exists ? $"{program} {info.Length} {info.LastWriteTimeUtc.Ticks}" : program);
        }

        foreach (var schema in new[] { SchemaCatalog.Manifest, SchemaCatalog.Factors, SchemaCatalog.Blends, SchemaCatalog.Set })
        {
            Append(hash, schema.Fingerprint);
        }

        foreach (var directory in directories)
        {
            Append(hash, $"directory {directory}");
            if (!Directory.Exists(directory))
            {
                continue;
            }

            var files = Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories)
                .Select(f => (Full: f, Relative: System.IO.Path.GetRelativePath(directory, f).Replace('\\', '/')))
                .OrderBy(f => f.Relative, StringComparer.Ordinal);
            foreach (var (full, relative) in files)
            {
                var bytes = File.ReadAllBytes(full);
                Append(hash, $"file {relative} {bytes.Length}");
                hash.AppendData(bytes);
            }
        }

        return hash.GetHashAndReset();
    }

    // The code that builds the library: this assembly and Core beside the application (JIT), or the executable they are
    // compiled into (Native AOT, single file). A rebuilt program has a new size or time, so an image made by an older
    // loader is not trusted.
    private static List<string> ProgramFiles()
    {
        var found = new[] { typeof(CatalogueSnapshot).Assembly, typeof(Factor).Assembly }
            .Select(a => System.IO.Path.Join(AppContext.BaseDirectory, a.GetName().Name + ".dll"))
            .Where(File.Exists)
            .ToList();
        if (found.Count < 2 && Environment.ProcessPath is { } process)
        {
            found.Add(process);
        }

        return found;
    }

    private static void Append(IncrementalHash hash, string text)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(text));
        hash.AppendData([0]);
    }

    private static void Prune(string folder)
    {
        var images = new DirectoryInfo(folder).EnumerateFiles(FilePrefix + "*.bin")
            .OrderByDescending(f => f.LastWriteTimeUtc)
            .Skip(MaxImages);
        foreach (var old in images)
        {
            TryDelete(old.FullName);
        }
    }

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
