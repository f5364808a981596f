using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using Emissions.Quantities;

namespace Emissions.Factors.Loading;

/// <summary>
/// The catalogue image's bytes (ADR 0021), read and written with <see cref="BinaryReader"/>/<see cref="BinaryWriter"/>,
/// no reflection: an 8-byte header ("EMFC" and the format version), the 16-byte key of what it was built from, the
/// XxHash128 of the payload (ADR 0029), then the payload: a table of distinct strings, the directories, editions, factors (value as
/// the decimal's exact bits, unit by symbol), blends and sets (factors and blends by index, so a set shares the
/// library's instances as a loaded one does), each factor's and blend's location for later messages.
/// </summary>
internal static class CatalogueFormat
{
    /// <summary>Changes whenever the layout or what the loader builds changes; part of the key and of the file name.</summary>
    public const int Version = 2;

    private static ReadOnlySpan<byte> Magic => "EMFC"u8;

    // The key (CatalogueSnapshot) is an XxHash128.
    private const int KeyLength = 16;

    // The payload's check is an XxHash128 too: it finds a damaged or cut-short file, which is all it is for (ADR 0029).
    private const int CheckLength = 16;
    private const int HeaderLength = 8 + KeyLength + CheckLength;

    /// <summary>
    /// The library read back, or null when the bytes are not an intact image of this format for this key. Its
    /// directories are <paramref name="directories"/>, as the load was asked for them: the key names the directories
    /// relative to the cache folder, so the image may have been written where they had other full paths.
    /// </summary>
    public static FactorLibrary? TryRead(byte[] bytes, byte[] key, IReadOnlyList<string> directories)
    {
        if (bytes.Length < HeaderLength || !bytes.AsSpan(0, 4).SequenceEqual(Magic) ||
            BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4)) != Version || !bytes.AsSpan(8, KeyLength).SequenceEqual(key))
        {
            return null;
        }

        var payload = bytes.AsSpan(HeaderLength);
        Span<byte> check = stackalloc byte[CheckLength];
        XxHash128.Hash(payload, check);
        if (!check.SequenceEqual(bytes.AsSpan(8 + KeyLength, CheckLength)))
        {
            return null;
        }

        try
        {
            using var stream = new MemoryStream(bytes, HeaderLength, bytes.Length - HeaderLength, writable: false);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            return new Reader(reader).Library(directories);
        }
        catch (Exception ex) when (ex is EndOfStreamException or IndexOutOfRangeException or ArgumentException or QuantityException or InvalidDataException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>The image of a library loaded from its files; null when the format could not give it back exactly.</summary>
    public static byte[]? Write(FactorLibrary library, byte[] key)
    {
        using var writer = new Writer();
        if (!writer.Library(library))
        {
            return null;
        }

        var payload = writer.Payload();
        var bytes = new byte[HeaderLength + payload.Length];
        Magic.CopyTo(bytes);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), Version);
        key.CopyTo(bytes, 8);
        XxHash128.Hash(payload, bytes.AsSpan(8 + KeyLength, CheckLength));
        payload.CopyTo(bytes, HeaderLength);
        return bytes;
    }

    private sealed class Writer : IDisposable
    {
        private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);
        private readonly List<string> _table = [];
        private readonly MemoryStream _body = new();
        private readonly BinaryWriter _out;

        public Writer() => _out = new BinaryWriter(_body, Encoding.UTF8);

        public void Dispose()
        {
            _out.Dispose();
            _body.Dispose();
        }

        public bool Library(FactorLibrary library)
        {
            var editions = Indexes(library.Editions);
            var factors = Indexes(library.Factors);
            var blends = Indexes(library.Blends);

            List(library.Directories, Text);
            List(library.Editions, Edition);
            _out.Write7BitEncodedInt(library.Factors.Count);
            foreach (var factor in library.Factors)
            {
                // The unit is stored by symbol: only a unit that its symbol parses back to exactly may be stored.
                if (!editions.TryGetValue(factor.Edition, out var edition) || !library.Locations.TryGetValue(factor, out var location) ||
                    !RoundTrips(factor.Value.Unit))
                {
                    return false;
                }

                Factor(factor, edition, location);
            }

            _out.Write7BitEncodedInt(library.Blends.Count);
            foreach (var blend in library.Blends)
            {
                if (!editions.TryGetValue(blend.Edition, out var edition) || !library.Locations.TryGetValue(blend, out var location))
                {
                    return false;
                }

                Blend(blend, edition, location);
            }

            _out.Write7BitEncodedInt(library.Sets.Count);
            foreach (var set in library.Sets)
            {
                if (!set.Factors.All(factors.ContainsKey) || !set.Blends.All(blends.ContainsKey))
                {
                    return false;
                }

                Set(set, factors, blends);
            }

            return true;
        }

        public byte[] Payload()
        {
            _out.Flush();
            using var result = new MemoryStream();
            using (var head = new BinaryWriter(result, Encoding.UTF8, leaveOpen: true))
            {
                head.Write7BitEncodedInt(_table.Count);
                foreach (var text in _table)
                {
                    head.Write(text);
                }
            }

            _body.WriteTo(result);
            return result.ToArray();
        }

        private static Dictionary<T, int> Indexes<T>(IReadOnlyList<T> items)
            where T : class
        {
            var indexes = new Dictionary<T, int>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < items.Count; i++)
            {
                indexes.TryAdd(items[i], i);
            }

            return indexes;
        }

        private static bool RoundTrips(Unit unit) =>
            Unit.TryParse(unit.Symbol, out var parsed) && parsed is not null && parsed.Equals(unit) && parsed.Name == unit.Name &&
            parsed.Caveat == unit.Caveat && parsed.CalorificBasis == unit.CalorificBasis;

        private void Edition(Edition edition)
        {
            Text(edition.Path);
            Text(edition.Publisher);
            Text(edition.Title);
            Optional(edition.DocumentNumber);
            Optional(edition.PublishedOn);
            Text(edition.Source);
            Text(edition.Licence);
            Optional(edition.Note);
        }

        private void Factor(Factor factor, int edition, (string File, string Path) location)
        {
            Text(factor.Id);
            _out.Write7BitEncodedInt((int)factor.Parameter);
            Optional(factor.Basis);
            _out.Write(factor.Value.Value);
            Text(factor.Value.Unit.Symbol);
            Optional(factor.Gas);
            Optional(factor.GwpBasis);
            var applicability = factor.Applicability;
            Optional(applicability.Carrier);
            Optional(applicability.Region);
            Optional(applicability.DataYear);
            Optional(applicability.ReportingYearFrom);
            Optional(applicability.ReportingYearTo);
            Optional(applicability.Ch4Convention);
            _out.Write7BitEncodedInt((int)factor.Verification);
            Text(factor.Source);
            Optional(factor.Note);
            _out.Write7BitEncodedInt(edition);
            _out.Write(factor.Uncertainty is not null);
            if (factor.Uncertainty is { } range)
            {
                _out.Write(range.Lower);
                _out.Write(range.Upper);
                Text(range.Source);
                _out.Write7BitEncodedInt((int)range.Verification);
            }

            Text(location.File);
            Text(location.Path);
        }

        private void Blend(RefrigerantBlend blend, int edition, (string File, string Path) location)
        {
            Text(blend.Id);
            Text(blend.Name);
            _out.Write7BitEncodedInt(blend.Components.Count);
            foreach (var component in blend.Components)
            {
                Text(component.Gas);
                _out.Write(component.MassFraction);
            }

            _out.Write7BitEncodedInt((int)blend.Verification);
            Text(blend.Source);
            _out.Write7BitEncodedInt(edition);
            Text(location.File);
            Text(location.Path);
        }

        private void Set(FactorSet set, Dictionary<Factor, int> factors, Dictionary<RefrigerantBlend, int> blends)
        {
            Text(set.Id);
            Text(set.Title);
            Optional(set.Description);
            List(set.Editions, Text);
            _out.Write7BitEncodedInt((int)set.Method);
            Text(set.Gwp);
            Text(set.Ch4Convention);
            Optional(set.NaturalGasRow);
            Text(set.ElectricityLocationBasis);
            Optional(set.ElectricityResidualBasis);
            _out.Write(set.Fallbacks.RegionToNational);
            _out.Write(set.Fallbacks.EarlierDataYear);
            Optional(set.ReportingYear);
            List(set.Factors, f => _out.Write7BitEncodedInt(factors[f]));
            List(set.Blends, b => _out.Write7BitEncodedInt(blends[b]));
            Text(set.ContentHash);
            List(set.DefaultFor, Text);
        }

        private void List<T>(IReadOnlyList<T> items, Action<T> write)
        {
            _out.Write7BitEncodedInt(items.Count);
            foreach (var item in items)
            {
                write(item);
            }
        }

        // Strings by index into the table (+1; 0 is null): sources, editions and units repeat across factors.
        private void Optional(string? text)
        {
            if (text is null)
            {
                _out.Write7BitEncodedInt(0);
                return;
            }

            if (!_strings.TryGetValue(text, out var index))
            {
                index = _table.Count;
                _strings.Add(text, index);
                _table.Add(text);
            }

            _out.Write7BitEncodedInt(index + 1);
        }

        private void Text(string text) => Optional(text);

        private void Optional(int? value)
        {
            _out.Write(value.HasValue);
            if (value is { } present)
            {
                _out.Write(present);
            }
        }
    }

    private sealed class Reader(BinaryReader input)
    {
        private string[] _table = [];

        public FactorLibrary Library(IReadOnlyList<string> directories)
        {
            _table = new string[Length()];
            for (var i = 0; i < _table.Length; i++)
            {
                _table[i] = input.ReadString();
            }

            _ = List(Text); // the directories as written, where the image was built
            var editions = List(Edition);
            var locations = new Dictionary<object, (string File, string Path)>(ReferenceEqualityComparer.Instance);
            var factors = List(() =>
            {
                var factor = Factor(editions);
                locations.Add(factor, (Text(), Text()));
                return factor;
            });
            var blends = List(() =>
            {
                var blend = Blend(editions);
                locations.Add(blend, (Text(), Text()));
                return blend;
            });
            var sets = List(() => Set(factors, blends));
            if (input.BaseStream.Position != input.BaseStream.Length)
            {
                throw new InvalidDataException("bytes after the last set");
            }

            return new FactorLibrary(directories, editions, factors, blends, sets, locations);
        }

        private Edition Edition() => new(Text(), Text(), Text(), Optional(), Optional(), Text(), Text(), Optional());

        private Factor Factor(Edition[] editions)
        {
            var id = Text();
            var parameter = (FactorParameter)Count();
            var basis = Optional();
            var value = input.ReadDecimal();
            var unit = Unit.Parse(Text());
            var gas = Optional();
            var gwpBasis = Optional();
            var applicability = new Applicability(Optional(), Optional(), OptionalInt(), OptionalInt(), OptionalInt(), Optional());
            var verification = (VerificationStatus)Count();
            var source = Text();
            var note = Optional();
            var edition = editions[Count()];
            var range = input.ReadBoolean() ? new PublishedRange(input.ReadDecimal(), input.ReadDecimal(), Text(), (VerificationStatus)Count()) : null;
            return new Factor(id, parameter, basis, new Measurement(value, unit), gas, gwpBasis, applicability, verification, source, note, edition, range);
        }

        private RefrigerantBlend Blend(Edition[] editions)
        {
            var id = Text();
            var name = Text();
            var components = List(() => new BlendComponent(Text(), input.ReadDecimal()));
            var verification = (VerificationStatus)Count();
            var source = Text();
            return new RefrigerantBlend(id, name, components, verification, source, editions[Count()]);
        }

        private FactorSet Set(Factor[] factors, RefrigerantBlend[] blends)
        {
            var id = Text();
            var title = Text();
            var description = Optional();
            var editions = List(Text);
            var method = (ScopeOneMethod)Count();
            var gwp = Text();
            var ch4Convention = Text();
            var naturalGasRow = Optional();
            var location = Text();
            var residual = Optional();
            var fallbacks = new FallbackPolicy(input.ReadBoolean(), input.ReadBoolean());
            var reportingYear = OptionalInt();
            var setFactors = List(() => factors[Count()]);
            var setBlends = List(() => blends[Count()]);
            var contentHash = Text();
            return new FactorSet(id, title, description, editions, method, gwp, ch4Convention, naturalGasRow, location, residual, fallbacks,
                reportingYear, setFactors, setBlends, contentHash)
            {
                DefaultFor = List(Text),
            };
        }

        private T[] List<T>(Func<T> read)
        {
            var items = new T[Length()];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = read();
            }

            return items;
        }

        // A list's length, which sizes an array before any item is read: every item takes at least one byte, so a
        // length beyond the bytes left is damage, refused before it can allocate.
        private int Length()
        {
            var length = Count();
            return length > input.BaseStream.Length - input.BaseStream.Position
                ? throw new InvalidDataException("a length beyond the image's end")
                : length;
        }

        private int Count()
        {
            var count = input.Read7BitEncodedInt();
            return count < 0 ? throw new InvalidDataException("negative count") : count;
        }

        private string? Optional()
        {
            var index = Count();
            return index == 0 ? null : _table[index - 1];
        }

        private string Text() => Optional() ?? throw new InvalidDataException("a required text is missing");

        private int? OptionalInt() => input.ReadBoolean() ? input.ReadInt32() : null;
    }
}
