using System.Text.Json;
using Emissions.Quantities;

namespace Emissions.Inventory.Streaming;

/// <summary>
/// A line list of a calculate request read straight from its UTF-8 bytes into the list's columns
/// (<see cref="LineColumns{T}"/>), with no document and no object per line built. A line of the common shape (a flat
/// object of plain strings, <see cref="PlainLine"/>) is matched by hand on its bytes; any other line is read with
/// <see cref="Utf8JsonReader"/>, its fields matched as UTF-8 and its strings decoded once. A line neither takes as it
/// stands (a field of another JSON type, an amount written as an object or a number, a bad value: anything the
/// contract refuses or reads another way) is read again on its own by the element reader (<see cref="InventoryReader"/>),
/// which accepts it or throws the error it always threw, naming the line's path, its value and what was expected: the
/// fast paths decide nothing the element reader would decide otherwise.
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
    /// A fast reader of one line of the common shape (<see cref="PlainLine"/>) into <paramref name="lines"/>, from its
    /// fields' plain strings: false (nothing added) to leave it to the element reader.
    /// </summary>
    public delegate bool Plain<in TBuilder>(PlainFields line, TBuilder lines);

    /// <summary>How a list's lines are read: the fields of its common shape, in its plain reader's field numbers, and its two fast readers.</summary>
    public sealed record Readers<TBuilder>(byte[][] Fields, Plain<TBuilder> Plain, Fast<TBuilder> Fast);

    /// <summary>The electricity list's readers.</summary>
    public static readonly Readers<ElectricityColumns.Builder> ElectricityLines = new([Amount, Region, Renewable, Site], Electricity, Electricity);

    /// <summary>The fuel list's readers.</summary>
    public static readonly Readers<FuelColumns.Builder> FuelLines = new([Fuel, Amount, Site, Region], FuelLine, FuelLine);

    /// <summary>The heat list's readers.</summary>
    public static readonly Readers<HeatColumns.Builder> HeatLines = new([Amount, Site], Heat, Heat);

    /// <summary>
    /// The lines of the array at <paramref name="open"/> (its "[") of <paramref name="utf8"/> into <paramref name="lines"/>;
    /// returns the index just past its "]". A line the fast readers leave is deferred to the element reader
    /// (<see cref="ColumnBuilder{T}.Finish(ReadOnlyMemory{byte}, string, Func{JsonElement, string, T})"/>), its position
    /// that in <paramref name="utf8"/>. A line not of the common shape is read by a reader resumed at it; after a byte
    /// the hand match does not expect between lines, a reader resumed there reads the rest of the list. Bytes that are
    /// not JSON throw where such a reader finds them, its line and byte counted from where it resumed.
    /// </summary>
    /// <param name="utf8">The bytes the list is in.</param>
    /// <param name="open">Where its "[" is.</param>
    /// <param name="lines">Its columns.</param>
    /// <param name="readers">How its lines are read.</param>
    /// <param name="states">The states a reader resumes in inside the list (the list's depth, the request's options, whose depth limit allows a line object).</param>
    public static int Read<T, TBuilder>(ReadOnlySpan<byte> utf8, int open, TBuilder lines, Readers<TBuilder> readers, ListStates states)
        where T : class
        where TBuilder : ColumnBuilder<T>
    {
        Span<Range> values = stackalloc Range[PlainLine.MaxFields];
        var layout = new PlainLayout(stackalloc int[PlainLayout.Room]);
        var room = utf8.Length - open;
        var at = open + 1;
        PlainLine.Space(utf8, ref at);
        if (at < utf8.Length && utf8[at] == (byte)']')
        {
            return at + 1;
        }

        var any = false;
        while (at < utf8.Length)
        {
            var start = at;
            var notes = lines.NoteCount;
            if (utf8[at] != (byte)'{' || !MatchPlain(utf8, ref at, readers.Fields, values, ref layout) || !Plainly(readers.Plain, new PlainFields(utf8, values), lines))
            {
                lines.DropNotes(notes);
                at = start;
                var reader = new Utf8JsonReader(utf8[at..], isFinalBlock: true, states.InList);
                reader.Read();
                One<T, TBuilder>(ref reader, lines, readers.Fast, at);
                at += checked((int)reader.BytesConsumed);
            }

            any = true;
            Reserve(lines, room, at - start);
            PlainLine.Space(utf8, ref at);
            if (at < utf8.Length && utf8[at] == (byte)']')
            {
                return at + 1;
            }

            if (at >= utf8.Length || utf8[at] != (byte)',')
            {
                break;
            }

            var comma = at++;
            PlainLine.Space(utf8, ref at);
            if (at >= utf8.Length || utf8[at] == (byte)']')
            {
                // A comma before the "]" (or the end): not JSON, left to the reader below to say so.
                at = comma;
                break;
            }
        }

        // What the hand match does not expect between lines: a reader resumed there (after the last line, or after the
        // "[" when there was none) reads the rest as JSON, throwing where it is not.
        var rest = new Utf8JsonReader(utf8[at..], isFinalBlock: true, any ? states.AfterLine : states.InList);
        while (rest.Read() && rest.TokenType != JsonTokenType.EndArray)
        {
            var start = rest.TokenStartIndex;
            One<T, TBuilder>(ref rest, lines, readers.Fast, at);
            Reserve(lines, room, rest.BytesConsumed - start);
        }

        return at + checked((int)rest.BytesConsumed);
    }

    // One line at `reader` (on its first token) by the token reader, or deferred to the element reader; `offset`: where
    // the reader's bytes start.
    private static void One<T, TBuilder>(ref Utf8JsonReader reader, TBuilder lines, Fast<TBuilder> fast, int offset)
        where T : class
        where TBuilder : ColumnBuilder<T>
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
            lines.Defer(offset + from, checked((int)reader.BytesConsumed) - from);
        }
    }

    // A line of the common shape: laid out as the last one (most lines), else matched field by field and taken as the layout.
    private static bool MatchPlain(ReadOnlySpan<byte> utf8, ref int at, byte[][] fields, Span<Range> values, ref PlainLayout layout)
    {
        if (layout.TryRead(utf8, ref at, values))
        {
            return true;
        }

        var start = at;
        if (!PlainLine.TryRead(utf8, ref at, fields, values))
        {
            return false;
        }

        layout.Learn(start, at, values);
        return true;
    }

    private static bool Plainly<TBuilder>(Plain<TBuilder> plain, PlainFields line, TBuilder lines)
    {
        try
        {
            return plain(line, lines);
        }
        catch (Exception ex) when (ex is QuantityException or InvalidOperationException)
        {
            return false;
        }
    }

    // After the first line: room for as many lines as its size says the list holds (a line is at least 16 bytes,
    // {"amount":"1 t"}), instead of growing the columns by copies.
    private static void Reserve<T>(ColumnBuilder<T> lines, long room, long first)
        where T : class
    {
        if (lines.Count == 1)
        {
            lines.Reserve((int)Math.Clamp(room / Math.Max(16, first), 1, 1 << 24));
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

        return Electricity(lines, amount, plain, region, renewable, site);
    }

    /// <summary>An electricity line of the common shape (fields: amount, region, renewable, site).</summary>
    public static bool Electricity(PlainFields line, ElectricityColumns.Builder lines)
    {
        var plain = AmountOf(line, 0, out var amount);
        return Electricity(lines, amount, plain, line.Has(1) ? RegionText(line[1]) : null, line.Text(2), line.Text(3));
    }

    private static bool Electricity(ElectricityColumns.Builder lines, string? amount, Measurement? plain, string? region, string? renewable, string? site)
    {
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

        return FuelLine(lines, fuel, amount, plain, site, region);
    }

    /// <summary>A fuel line of the common shape (fields: fuel, amount, site, region).</summary>
    public static bool FuelLine(PlainFields line, FuelColumns.Builder lines)
    {
        var plain = AmountOf(line, 1, out var amount);
        return FuelLine(lines, line.Text(0), amount, plain, line.Text(2), line.Text(3));
    }

    private static bool FuelLine(FuelColumns.Builder lines, string? fuel, string? amount, Measurement? plain, string? site, string? region)
    {
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

        return Heat(lines, amount, plain, site);
    }

    /// <summary>A heat line of the common shape (fields: amount, site).</summary>
    public static bool Heat(PlainFields line, HeatColumns.Builder lines)
    {
        var plain = AmountOf(line, 0, out var amount);
        return Heat(lines, amount, plain, line.Text(1));
    }

    private static bool Heat(HeatColumns.Builder lines, string? amount, Measurement? plain, string? site)
    {
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
        if (!IsLastRegion(utf8))
        {
            LastRegion(utf8, reader.GetString()!);
        }

        text = t_regionText;
        return true;
    }

    // The text of a region of the common shape (ASCII, no escapes): the last one's when the bytes repeat it.
    private static string RegionText(ReadOnlySpan<byte> ascii)
    {
        if (!IsLastRegion(ascii))
        {
            LastRegion(ascii, System.Text.Encoding.ASCII.GetString(ascii));
        }

        return t_regionText!;
    }

    private static bool IsLastRegion(ReadOnlySpan<byte> utf8) => t_regionUtf8 is { } last && utf8.SequenceEqual(last);

    private static void LastRegion(ReadOnlySpan<byte> utf8, string text)
    {
        t_regionUtf8 = utf8.ToArray();
        t_regionText = text;
        t_regionKnown = null;
    }

    // An amount's value: a plain amount is read from its bytes (PlainAmount), any other string decoded for the general parse.
    private static bool AmountValue(ref Utf8JsonReader reader, out string? text, out Measurement? plain)
    {
        plain = null;
        reader.Read();
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence && TryPlainAmount(reader.ValueSpan, out var measurement))
        {
            text = null;
            plain = measurement;
            return true;
        }

        return Value(ref reader, 0, out text, read: true);
    }

    // Field `field`'s amount of a line of the common shape, as AmountValue reads the same string: a plain amount, or
    // the text for the general parse (absent: neither).
    private static Measurement? AmountOf(PlainFields line, int field, out string? text)
    {
        text = null;
        if (!line.Has(field))
        {
            return null;
        }

        if (TryPlainAmount(line[field], out var measurement))
        {
            return measurement;
        }

        text = line.Text(field);
        return null;
    }

    private static bool TryPlainAmount(ReadOnlySpan<byte> utf8, out Measurement measurement)
    {
        measurement = default;
        return AmountReading.CurrentFormat == NumberFormat.Invariant && PlainAmount.TryRead(utf8, out measurement);
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
        // A plain amount (PlainAmount) is digits without a sign: never negative, so only a parsed one is compared.
        var measurement = plain ?? JsonInput.ParseString(text!, null);
        if (!IsOneOf(measurement.Dimension, kinds) || (plain is null && measurement.Value < 0m))
        {
            return null;
        }

        if (measurement.Unit.Caveat is not null)
        {
            lines.Note(lines.Count, field, measurement.Unit);
        }

        return measurement;
    }

    // Whether `kind` is one of `kinds` (a loop of the struct's equality: the generic Contains goes through the array's
    // collection interface and the default comparer for every line).
    private static bool IsOneOf(Dimension kind, Dimension[] kinds)
    {
        foreach (var known in kinds)
        {
            if (known == kind)
            {
                return true;
            }
        }

        return false;
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
