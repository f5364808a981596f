using System.IO.Hashing;
using System.Text;

namespace Emissions.Factors.Loading;

/// <summary>
/// The loaded factor library kept between runs (ADR 0021): a binary image of every edition, factor, blend and set as
/// the loader built them, so that a run whose factor files, schemas and program have not changed reads the library
/// without parsing JSON, validating schemas, parsing values or re-checking sets. The image is keyed by an XxHash128 of
/// the format version, the program (its assemblies' module version ids), the compiled-in schemas and every JSON file
/// of the directories (relative path and bytes: the content, not the size and time, ADR 0029); any difference is a
/// miss, and a miss is a full load that writes a new image. A loader that reports errors writes nothing, so a bad file
/// gives the same errors on every run. An image that cannot be read, is from another format version, or whose payload
/// does not match its own check is a miss too.
/// </summary>
internal sealed class CatalogueSnapshot
{
    /// <summary>The image files' names start with this; the number is the format version (<see cref="CatalogueFormat.Version"/>).</summary>
    public const string FilePrefix = "factor-catalogue.v2.";

    /// <summary>Every format version's image files match this, so images an older program left are pruned too.</summary>
    public const string AnyVersionPattern = "factor-catalogue.v*.bin";

    // One image per list of directories; tests and `--factors` make many lists, so only the newest few are kept. An
    // older program's images count against the same limit instead of being deleted at once: two versions of the tool
    // sharing one cache folder keep their own newest images.
    public const int MaxImages = 8;

    private readonly string _path;
    private readonly byte[] _key;
    private readonly IReadOnlyList<string> _directories;

    private CatalogueSnapshot(string path, byte[] key, IReadOnlyList<string> directories)
    {
        _path = path;
        _key = key;
        _directories = directories;
    }

    /// <summary>The image for these directories in <paramref name="folder"/>; none when the folder is null (snapshots off).</summary>
    /// <remarks>
    /// The file's name and key hold each directory's path relative to the cache folder, not its full path, and the
    /// program by its assemblies' module version ids, not by the files' paths and times: a folder holding the factors
    /// and a cache folder built beside them (a published service's factors/ and factor-cache/, ADR 0024) can be moved
    /// together, into a container image or another machine, and the image stays valid there.
    /// </remarks>
    public static CatalogueSnapshot? For(string? folder, IReadOnlyList<string> directories)
    {
        if (folder is null || directories.Count == 0)
        {
            return null;
        }

        try
        {
            var relative = directories.Select(directory => RelativeTo(folder, directory)).ToList();
            var slot = Convert.ToHexStringLower(XxHash3.Hash(Encoding.UTF8.GetBytes(string.Join('\0', relative))));
            return new CatalogueSnapshot(System.IO.Path.Join(folder, FilePrefix + slot + ".bin"), Key(directories, relative), directories);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null; // a directory that cannot be listed: the loader reports it
        }
    }

    /// <summary>The image file's path.</summary>
    public string Path => _path;

    // A directory named from the cache folder: "../factors" for a published service's folders wherever they are.
    private static string RelativeTo(string folder, string directory) =>
        System.IO.Path.GetRelativePath(System.IO.Path.GetFullPath(folder), System.IO.Path.GetFullPath(directory)).Replace('\\', '/');

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

        var library = CatalogueFormat.TryRead(bytes, _key, _directories);
        if (library is not null)
        {
            library.Image = _path;
        }

        return library;
    }

    /// <summary>
    /// Writes the image of a library just loaded from the files, through a temporary file renamed over the old one
    /// (a reader sees the old image or the new, never half of one). A folder that cannot be written is not an error:
    /// the answer is then false, as for a library the format cannot reproduce.
    /// </summary>
    public bool Write(FactorLibrary library)
    {
        if (CatalogueFormat.Write(library, _key) is not { } bytes)
        {
            return false; // a library the format cannot reproduce exactly is never stored
        }

        var temporary = $"{_path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            var folder = System.IO.Path.GetDirectoryName(_path)!;
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, _path, overwrite: true);
            Prune(folder);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            return false;
        }
    }

    // The key: what the image was built from. Every file's bytes are hashed on every load, not only its size and time
    // (ADR 0029): a copy that keeps times (cp -p, rsync -a, tar, a container layer) or an edit within the clock's tick
    // keeps both, and reading ~550 KB from the page cache and hashing it with XxHash128 costs about a tenth of a
    // millisecond (0.56 M instructions; the whole key 1.9 M, bench/peers/RESULTS.md), far less than a full load.
    private static byte[] Key(IReadOnlyList<string> directories, List<string> relative)
    {
        var hash = new XxHash128();
        Append(hash, $"format {CatalogueFormat.Version}");
        foreach (var program in ProgramIdentity())
        {
            Append(hash, program);
        }

        foreach (var schema in new[] { SchemaCatalog.Manifest, SchemaCatalog.Factors, SchemaCatalog.Blends, SchemaCatalog.Set })
        {
            Append(hash, schema.Fingerprint);
        }

        var buffer = new byte[64 * 1024];
        for (var i = 0; i < directories.Count; i++)
        {
            var directory = directories[i];
            Append(hash, $"directory {relative[i]}");
            if (!Directory.Exists(directory))
            {
                continue;
            }

            var files = Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories)
                .Select(f => (Full: f, Relative: System.IO.Path.GetRelativePath(directory, f).Replace('\\', '/')))
                .OrderBy(f => f.Relative, StringComparer.Ordinal);
            foreach (var (full, file) in files)
            {
                AppendFile(hash, full, file, ref buffer);
            }
        }

        return hash.GetCurrentHash();
    }

    // A file's relative path, length and bytes, read whole into one reused buffer (a factor file is a few KB).
    private static void AppendFile(XxHash128 hash, string full, string file, ref byte[] buffer)
    {
        using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        var read = 0;
        while (true)
        {
            if (read == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var n = stream.Read(buffer, read, buffer.Length - read);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        Append(hash, $"file {file} {read}");
        hash.Append(buffer.AsSpan(0, read));
    }

    // The code that builds the library, Emissions.Factors and Emissions.Core, by their module version ids: a compiler
    // gives a changed assembly a new one, the JIT and the Native AOT build of the same assemblies share them, and they do
    // not depend on where the program is. Where a runtime cannot tell them, the files' paths, sizes and times stand in
    // (a rebuilt program then has a new size or time), so an image made by an older loader is never trusted.
    private static List<string> ProgramIdentity()
    {
        var assemblies = new[] { typeof(CatalogueSnapshot).Assembly, typeof(Factor).Assembly };
        var ids = new List<string>();
        foreach (var assembly in assemblies)
        {
            var id = ModuleVersionId(assembly);
            if (id == Guid.Empty)
            {
                return [.. ProgramFiles(assemblies).Select(FileIdentity)];
            }

            ids.Add($"{assembly.GetName().Name} {id:N}");
        }

        return ids;
    }

    private static Guid ModuleVersionId(System.Reflection.Assembly assembly)
    {
        try
        {
            return assembly.ManifestModule.ModuleVersionId;
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException)
        {
            return Guid.Empty;
        }
    }

    private static string FileIdentity(string program)
    {
        var info = new FileInfo(program);
        return info.Exists ? $"{program} {info.Length} {info.LastWriteTimeUtc.Ticks}" : program;
    }

    // The assemblies' files beside the application (JIT), or the executable they are compiled into (Native AOT).
    private static List<string> ProgramFiles(System.Reflection.Assembly[] assemblies)
    {
        var found = assemblies
            .Select(a => System.IO.Path.Join(AppContext.BaseDirectory, a.GetName().Name + ".dll"))
            .Where(File.Exists)
            .ToList();
        if (found.Count < 2 && Environment.ProcessPath is { } process)
        {
            found.Add(process);
        }

        return found;
    }

    private static void Append(XxHash128 hash, string text)
    {
        hash.Append(Encoding.UTF8.GetBytes(text));
        hash.Append([0]);
    }

    private static void Prune(string folder)
    {
        var images = new DirectoryInfo(folder).EnumerateFiles(AnyVersionPattern)
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
