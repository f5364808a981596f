using System.Buffers;
using System.IO.MemoryMappedFiles;

namespace Emissions.Cli;

/// <summary>
/// A file's bytes mapped read-only into memory for the time of one read, instead of copied into a fresh array. The
/// kernel maps the file's cached pages as they are touched, up to 16 at a time, where an array the file's size is
/// zeroed and faulted in page by page and then copied into: for the 4.8 MB of a 100,000-line inventory, about 75 page
/// faults instead of 1,200, no copy, and no large-object allocation (bench/peers/RESULTS.md). A file changed while it
/// is read reads as the old bytes or the new, as with any read; one cut short while it is mapped can stop the process
/// (the classic price of mapping, accepted for an input file a user hands to one command).
/// </summary>
internal sealed unsafe class MappedFile : MemoryManager<byte>
{
    /// <summary>Smaller files are read into an array: mapping costs more than it saves below a few pages.</summary>
    public const long MinLength = 1 << 16;

    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _pointer;
    private readonly int _length;

    private MappedFile(MemoryMappedFile file, MemoryMappedViewAccessor view, int length)
    {
        _file = file;
        _view = view;
        _length = length;
        byte* pointer = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _pointer = pointer + view.PointerOffset;
    }

    /// <summary>The file mapped, or null when it is not a plain file (a pipe), too small or too large to map: read it into an array then.</summary>
    public static MappedFile? TryOpen(string path)
    {
        // Sized before it is opened: a named pipe (size 0) opened here and closed unread would cut off its writer
        // before the caller reads it.
        var size = new FileInfo(path).Length;
        if (size < MinLength || size > Array.MaxLength)
        {
            return null;
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        try
        {
            var length = stream.CanSeek ? stream.Length : 0;
            if (length < MinLength || length > Array.MaxLength)
            {
                stream.Dispose();
                return null;
            }

            // The mapping owns the stream from here (disposed with it).
            var file = MemoryMappedFile.CreateFromFile(stream, mapName: null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            try
            {
                return new MappedFile(file, file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read), (int)length);
            }
            catch
            {
                file.Dispose();
                throw;
            }
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public override Span<byte> GetSpan() => new(_pointer, _length);

    /// <inheritdoc/>
    public override MemoryHandle Pin(int elementIndex = 0) => new(_pointer + elementIndex);

    /// <inheritdoc/>
    public override void Unpin()
    {
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
            _file.Dispose();
        }
    }
}
