using System.Text.Json;
using Emissions.Quantities;

namespace Emissions.Inventory.Streaming;

/// <summary>
/// A line list of a calculate request read straight from its UTF-8 bytes with <see cref="Utf8JsonReader"/>: each
/// line's fields are matched as UTF-8, its strings decoded once, its amount parsed into the list's columns
/// (<see cref="LineColumns{T}"/>), with no document and no object per line built. A line this fast path does not take as it stands (a field of another JSON type, an amount written
/// as an object or a number, a bad value: anything the contract refuses or reads another way) is read again on its
/// own by the element reader (<see cref="InventoryReader"/>), which accepts it or throws the error it always threw,
/// naming the line's path, its value and what was expected: the fast path decides nothing the element reader would
/// decide otherwise.
/// </summary>
internal static class LineStream
{
    private static readonly byte[] Amount = "amount"u8.ToArray();
    private static readonly byte[] Region = "region"u8.ToArray();
    private static readonly byte[] Renewable = "renewable"u8.ToArray();
    private static readonly byte[] Site = "site"u8.ToArray();
    private static readonly byte[] Fuel = "fuel"u8.ToArray();
    private static readonly byte[][] Annotations = [.. JsonInput.AnnotationFields.Select(System.Text.Encoding.UTF8.GetBytes)];

    // The last region read on this thread as written (UTF-8), as decoded, and as known (or null): a list's lines
    // mostly share a region, so its text is decoded and looked up once per run of lines that repeat it, not per line.
    [ThreadStatic]
    private static byte[]? t_regionUtf8;
    [ThreadStatic]
    private static string? t_regionText;
    [ThreadStatic]
    private static string? t_regionKnown;

    private static readonly Dimension[] FuelKinds = [Dimension.MassDim, Dimension.VolumeDim, Dimension.EnergyDim];
    private static readonly Dimension[] EnergyKinds = [Dimension.EnergyDim];

    /// <summary>A fast reader of one line object into <paramref name="lines"/>: false (nothing added) to leave it to the element reader.</summary>
    /// <remarks>The line is number <c>lines.Count</c>; no path is built (a unit's caveat is noted by line and field).</remarks>
    public delegate bool Fast<in TBuilder>(ref Utf8JsonReader reader, TBuilder lines);

    /// <summary>
    /// The lines of the array at <paramref name="reader"/> (on its "[") into <paramref name="lines"/> by <paramref name="fast"/>;
    /// a line it leaves is deferred to the element reader (<see cref="ColumnBuilder{T}.Finish(ReadOnlyMemory{byte}, string, Func{JsonElement, string, T})"/>),
    /// its position that of <paramref name="reader"/>'s bytes. The reader ends on the "]"; bytes that are not JSON throw
    /// where the reader finds them. <paramref name="room"/>: the bytes the list can take at most, for a first guess of its length.
    /// </summary>
    public static void Read<T, TBuilder>(ref Utf8JsonReader reader, TBuilder lines, Fast<TBuilder> fast, long room)
        where T : class
        where TBuilder : ColumnBuilder<T>
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = reader;
            var notes = lines.NoteCount;
            var read = false;
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                try
                {
                    read = fast(ref reader, lines);
                }
                catch (Exception ex) when (ex is QuantityException or InvalidOperationException)
                {
                    read = false;
                }
            }

            if (!read)
            {
                lines.DropNotes(notes);
                reader = start;
                var from = checked((int)reader.TokenStartIndex);
                reader.Skip();
                lines.Defer(from, checked((int)reader.BytesConsumed) - from);
            }

            if (lines.Count == 1)
            {
                // Room for as many lines as the first one's size says the list holds (a line is at least 16 bytes,
                // {"amount":"1 t"}), instead of growing the columns by copies.
                lines.Reserve((int)Math.Clamp(room / Math.Max(16, reader.BytesConsumed - start.TokenStartIndex), 1, 1 << 24));
            }
        }
    }

    /// <summary>An electricity line as <c>ReadElectricity</c> reads it, when every field is a plain string and every value is good.</summary>
    public static bool Electricity(ref Utf8JsonReader reader, ElectricityColumns.Builder lines)
    {
        string? amount = null, region = null, renewable = null, site = null;
        Measurement? plain = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.ValueTextEquals(Amount) ? 0 : reader.ValueTextEquals(Region) ? 1 : reader.ValueTextEquals(Renewable) ? 2 : reader.ValueTextEquals(Site) ? 3 : Other(ref reader);
            string? text = null;
            if (field switch { 0 => !AmountValue(ref reader, out amount, out plain), 1 => !RegionValue(ref reader, out text), _ => !Value(ref reader, field, out text) })
            {
                return false;
            }

            switch (field)
            {
                case 0: break;
                case 1: region = text; break;
                case 2: renewable = text; break;
                case 3: site = text; break;
            }
        }

        if (ReadAmount(amount, plain, lines, "amount", EnergyKinds) is not { } energy)
        {
            return false;
        }

        Measurement? renewablePart = null;
        if (renewable is not null)
        {
            renewablePart = ReadAmount(renewable, null, lines, "renewable", EnergyKinds);
            if (renewablePart is not { } part || part.Quantity > energy.Quantity)
            {
                return false;
            }
        }

        if (KnownRegion(region) is not { } known)
        {
            return false;
        }

        lines.Add(energy, known, renewablePart, site);
        return true;
    }

    /// <summary>A fuel line as <c>ReadFuel</c> reads it, when every field is a plain string and every value is good.</summary>
    public static bool FuelLine(ref Utf8JsonReader reader, FuelColumns.Builder lines)
    {
        string? fuel = null, amount = null, site = null, region = null;
        Measurement? plain = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.ValueTextEquals(Fuel) ? 0 : reader.ValueTextEquals(Amount) ? 1 : reader.ValueTextEquals(Site) ? 2 : reader.ValueTextEquals(Region) ? 3 : Other(ref reader);
            string? text = null;
            if (field == 1 ? !AmountValue(ref reader, out amount, out plain) : !Value(ref reader, field, out text))
            {
                return false;
            }

            switch (field)
            {
                case 0: fuel = text; break;
                case 1: break;
                case 2: site = text; break;
                case 3: region = text; break;
            }
        }

        if (string.IsNullOrEmpty(fuel) || !InventoryReader.TryFuel(fuel, out var code)
            || ReadAmount(amount, plain, lines, "amount", FuelKinds) is not { } burnt || burnt.Unit.CalorificBasis == CalorificBasis.Gross)
        {
            return false;
        }

        string? known = null;
        if (region is not null && (known = KnownRegion(region)) is null)
        {
            return false;
        }

        lines.Add(code, burnt, site, known);
        return true;
    }

    /// <summary>A heat line as <c>ReadHeat</c> reads it, when every field is a plain string and every value is good.</summary>
    public static bool Heat(ref Utf8JsonReader reader, HeatColumns.Builder lines)
    {
        string? amount = null, site = null;
        Measurement? plain = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.ValueTextEquals(Amount) ? 0 : reader.ValueTextEquals(Site) ? 1 : Other(ref reader);
            string? text = null;
            if (field == 0 ? !AmountValue(ref reader, out amount, out plain) : !Value(ref reader, field, out text))
            {
                return false;
            }

            if (field == 1)
            {
                site = text;
            }
        }

        if (ReadAmount(amount, plain, lines, "amount", EnergyKinds) is not { } energy)
        {
            return false;
        }

        lines.Add(energy, site);
        return true;
    }

    // −1: an annotation field (skipped); −2: a field the contract does not define (the element reader refuses it).
    private static int Other(ref Utf8JsonReader reader)
    {
        foreach (var name in Annotations)
        {
            if (reader.ValueTextEquals(name))
            {
                return -1;
            }
        }

        return -2;
    }

    // Moves to the field's value: a string or null is taken (null reads as absent, as the element reader reads it),
    // an annotation's value is skipped whatever it is, anything else leaves the line to the element reader.
    private static bool Value(ref Utf8JsonReader reader, int field, out string? text, bool read = false)
    {
        text = null;
        if (field == -2)
        {
            return false;
        }

        if (!read)
        {
            reader.Read();
        }

        if (field == -1)
        {
            reader.Skip();
            return true;
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            text = reader.GetString();
            return true;
        }

        return reader.TokenType == JsonTokenType.Null;
    }

    // A region's value as Value reads it; the text of the last region read is reused when the bytes repeat it.
    private static bool RegionValue(ref Utf8JsonReader reader, out string? text)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return Value(ref reader, 1, out text, read: true);
        }

        var utf8 = reader.ValueSpan;
        if (t_regionUtf8 is not { } last || !utf8.SequenceEqual(last))
        {
            t_regionUtf8 = utf8.ToArray();
            t_regionText = reader.GetString();
            t_regionKnown = null;
        }

        text = t_regionText;
        return true;
    }

    // An amount's value: a plain amount is read from its bytes (PlainAmount), any other string decoded for the general parse.
    private static bool AmountValue(ref Utf8JsonReader reader, out string? text, out Measurement? plain)
    {
        plain = null;
        reader.Read();
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence
            && AmountReading.CurrentFormat == NumberFormat.Invariant && PlainAmount.TryRead(reader.ValueSpan, out var measurement))
        {
            text = null;
            plain = measurement;
            return true;
        }

        return Value(ref reader, 0, out text, read: true);
    }

    // The amount of field `field` of the next line, if it is one of `kinds` and not negative; a unit read by a documented
    // default is noted by line and field (its path built when the notes are recorded).
    private static Measurement? ReadAmount<T>(string? text, Measurement? plain, ColumnBuilder<T> lines, string field, Dimension[] kinds)
        where T : class
    {
        if (text is null && plain is null)
        {
            return null;
        }

        Budget.WorkBudget.Checkpoint();
        var measurement = plain ?? JsonInput.ParseString(text!, null);
        if (!kinds.Contains(measurement.Dimension) || measurement.Value < 0m)
        {
            return null;
        }

        if (measurement.Unit.Caveat is not null)
        {
            lines.Note(lines.Count, field, measurement.Unit);
        }

        return measurement;
    }

    private static string? KnownRegion(string? region)
    {
        if (region is not null && ReferenceEquals(region, t_regionText))
        {
            // The last region read (RegionValue), looked up once.
            return t_regionKnown ??= Known(region);
        }

        return Known(region);

        static string? Known(string? region) =>
            string.IsNullOrEmpty(region) ? null : Factors.Regions.Canonical(region) ?? (PrintedNames.TryRegion(region, out var read) ? read : null);
    }
}
