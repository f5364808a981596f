using System.Diagnostics;
using System.Globalization;
using System.Text;
using nietras.SeparatedValues;
using Parquet;
using Parquet.Schema;

// Bulk benchmark helper (bench/bulk/README.md):
//   generate csv|parquet FILE ROWS [--bad ROW:COLUMN:VALUE]   meter rows for 2023 and their exact sums (FILE.sums)
//   sep FILE                                                  the baseline: a bare Sep loop touching every column of every row
//   parquet-read FILE                                         the baseline: every row group's columns read, nothing done with them
//   parquetsharp-read FILE                                    the same with ParquetSharp's physical column readers (text as UTF-8 bytes, decimals as unscaled integers)
return args switch
{
    ["generate", var format, var file, var rows, .. var rest] => Generate(format, file, long.Parse(rows, CultureInfo.InvariantCulture), rest),
    ["sep", var file] => SepLoop(file),
    ["parquet-read", var file] => ParquetRead(file).GetAwaiter().GetResult(),
    ["parquetsharp-read", var file] => ParquetSharpRead(file),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: generate csv|parquet FILE ROWS [--bad ROW:COLUMN:VALUE] | sep FILE | parquet-read FILE | parquetsharp-read FILE");
    return 2;
}

static int Generate(string format, string file, long rows, string[] rest)
{
    (long Row, string Column, string Value)? bad = rest is ["--bad", var spec] && spec.Split(':', 3) is [var r, var c, var v]
        ? (long.Parse(r, CultureInfo.InvariantCulture), c, v) : null;
    var clock = Stopwatch.StartNew();
    var meters = new MeterRows(bad);
    if (format == "csv")
    {
        using var writer = new StreamWriter(file, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("kind,region,fuel,period,amount,unit,meter\n");
        var line = new StringBuilder(96);
        for (long i = 1; i <= rows; i++)
        {
            var row = meters.Next(i);
            line.Clear().Append(row.Kind).Append(',').Append(row.Region).Append(',').Append(row.Fuel).Append(',').Append(row.Period).Append(',')
                .Append(row.Amount).Append(',').Append(row.Unit).Append(',').Append(row.Meter).Append('\n');
            writer.Write(line);
        }
    }
    else
    {
        WriteParquet(file, rows, meters).GetAwaiter().GetResult();
    }

    File.WriteAllLines(file + ".sums", meters.Sums.Select(s => $"{s.Key}\t{s.Value.Rows}\t{s.Value.Sum.ToString(CultureInfo.InvariantCulture)}"));
    Console.WriteLine($"wrote {rows:N0} rows to {file} ({new FileInfo(file).Length:N0} bytes) in {clock.Elapsed.TotalSeconds:F1} s");
    return 0;
}

static async Task WriteParquet(string file, long rows, MeterRows meters)
{
    var groupRows = int.Parse(Environment.GetEnvironmentVariable("ROW_GROUP_ROWS") ?? "131072", CultureInfo.InvariantCulture);
    var fields = new DataField[]
    {
        new DataField<string>("kind"), new DataField<string>("region"), new DataField<string>("fuel"), new DataField<string>("period"),
        new DecimalDataField("amount", 18, 3), new DataField<string>("unit"), new DataField<string>("meter"),
    };
    var schema = new ParquetSchema(fields);
    await using var stream = File.Create(file);
    await using var writer = await ParquetWriter.CreateAsync(schema, stream);
    var kinds = new string[groupRows];
    var regions = new string[groupRows];
    var fuels = new string[groupRows];
    var periods = new string[groupRows];
    var amounts = new decimal[groupRows];
    var units = new string[groupRows];
    var meterIds = new string[groupRows];
    for (long start = 1; start <= rows; start += groupRows)
    {
        var count = (int)Math.Min(groupRows, rows - start + 1);
        for (var i = 0; i < count; i++)
        {
            var row = meters.Next(start + i);
            (kinds[i], regions[i], fuels[i], periods[i], units[i], meterIds[i]) = (row.Kind, row.Region, row.Fuel, row.Period, row.Unit, row.Meter);
            amounts[i] = decimal.Parse(row.Amount, CultureInfo.InvariantCulture);
        }

        using var group = writer.CreateRowGroup();
        await group.WriteAsync(fields[0], kinds[..count]);
        await group.WriteAsync(fields[1], regions[..count]);
        await group.WriteAsync(fields[2], fuels[..count]);
        await group.WriteAsync(fields[3], periods[..count]);
        await group.WriteAsync<decimal>(fields[4], amounts.AsMemory(0, count));
        await group.WriteAsync(fields[5], units[..count]);
        await group.WriteAsync(fields[6], meterIds[..count]);
    }
}

static int SepLoop(string file)
{
    var clock = Stopwatch.StartNew();
    long rows = 0, chars = 0;
    using (var reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true }).FromFile(file))
    {
        foreach (var row in reader)
        {
            rows++;
            for (var c = 0; c < row.ColCount; c++)
            {
                chars += row[c].Span.Length;
            }
        }
    }

    Console.WriteLine($"sep: {rows:N0} rows, {chars:N0} column chars in {clock.Elapsed.TotalSeconds:F2} s ({rows / clock.Elapsed.TotalSeconds / 1e6:F2} M rows/s)");
    return 0;
}

static async Task<int> ParquetRead(string file)
{
    var clock = Stopwatch.StartNew();
    long rows = 0;
    await using (var reader = await ParquetReader.CreateAsync(file))
    {
        var fields = reader.Schema.GetDataFields();
        var strings = Array.Empty<ReadOnlyMemory<char>?>();
        var decimals = Array.Empty<decimal?>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var count = (int)group.RowCount;
            if (strings.Length < count)
            {
                strings = new ReadOnlyMemory<char>?[count];
                decimals = new decimal?[count];
            }

            foreach (var field in fields)
            {
                var c = Stopwatch.StartNew();
                if (field.ClrType == typeof(ReadOnlyMemory<char>))
                {
                    if (Environment.GetEnvironmentVariable("AS_STRING") == "1")
                    {
                        var s = new string?[count];
                        await group.ReadAsync(field, s.AsMemory(0, count));
                    }
                    else
                    {
                        await group.ReadAsync<ReadOnlyMemory<char>>(field, strings.AsMemory(0, count));
                    }
                }
                else
                {
                    await group.ReadAsync<decimal>(field, decimals.AsMemory(0, count));
                }

                if (g == 0)
                {
                    Console.WriteLine($"  {field.Name}: {c.Elapsed.TotalMilliseconds:F0} ms");
                }
            }

            rows += count;
        }
    }

    Console.WriteLine($"parquet-read: {rows:N0} rows in {clock.Elapsed.TotalSeconds:F2} s ({rows / clock.Elapsed.TotalSeconds / 1e6:F2} M rows/s)");
    return 0;
}

// Every column of every row group read in batches by ParquetSharp's physical readers: text as UTF-8 byte ranges
// (pointers into the decoded page, no string), DECIMAL(18, s) as its unscaled int64; every value's bytes touched.
static int ParquetSharpRead(string file)
{
    var clock = Stopwatch.StartNew();
    long rows = 0, bytes = 0, unscaled = 0;
    const int Batch = 4096;
    var texts = new ParquetSharp.ByteArray[Batch];
    var longs = new long[Batch];
    var levels = new short[Batch];
    using (var reader = new ParquetSharp.ParquetFileReader(file))
    {
        var meta = reader.FileMetaData;
        for (var g = 0; g < meta.NumRowGroups; g++)
        {
            using var group = reader.RowGroup(g);
            for (var c = 0; c < meta.NumColumns; c++)
            {
                using var column = group.Column(c);
                if (column is ParquetSharp.ColumnReader<ParquetSharp.ByteArray> text)
                {
                    while (text.HasNext)
                    {
                        var read = text.ReadBatch(Batch, levels, default, texts, out var values);
                        for (var i = 0; i < values; i++)
                        {
                            bytes += texts[i].Length;
                        }
                    }
                }
                else if (column is ParquetSharp.ColumnReader<long> integers)
                {
                    while (integers.HasNext)
                    {
                        integers.ReadBatch(Batch, levels, default, longs, out var values);
                        for (var i = 0; i < values; i++)
                        {
                            unscaled += longs[i];
                        }
                    }
                }
            }

            rows += group.MetaData.NumRows;
        }
    }

    Console.WriteLine($"parquetsharp-read: {rows:N0} rows, {bytes:N0} text bytes, unscaled sum {unscaled:N0} in {clock.Elapsed.TotalSeconds:F2} s ({rows / clock.Elapsed.TotalSeconds / 1e6:F2} M rows/s)");
    return 0;
}

/// <summary>
/// A year (2023) of hourly readings of 11,416 meters in runs of 8,760 rows: electricity meters in the seven grid regions
/// and two provinces (kWh), heat meters (GJ) and gas and diesel meters (m³, t). Amounts are deterministic, with three decimals.
/// </summary>
internal sealed class MeterRows((long Row, string Column, string Value)? bad)
{
    private static readonly string[] Regions = ["CN-North", "CN-East", "CN-South", "CN-Central", "CN-Northeast", "CN-Northwest", "CN-Southwest", "CN-BJ", "CN-GD"];
    private static readonly string[] Periods = [.. Enumerable.Range(0, 8760).Select(h => new DateTime(2023, 1, 1).AddHours(h).ToString("yyyy-MM-dd'T'HH", CultureInfo.InvariantCulture))];

    public Dictionary<string, (long Rows, decimal Sum)> Sums { get; } = new(StringComparer.Ordinal);

    public (string Kind, string Region, string Fuel, string Period, string Amount, string Unit, string Meter) Next(long row)
    {
        var index = row - 1;
        var meter = index / 8760;
        var hour = (int)(index % 8760);
        var (kind, region, fuel, unit) = (meter % 20) switch
        {
            18 => ("heat", "", "", "GJ"),
            19 => ("fuel", "", meter % 40 == 19 ? "natural-gas" : "diesel", meter % 40 == 19 ? "m³" : "t"),
            _ => ("electricity", Regions[meter % Regions.Length], "", "kWh"),
        };
        var thousandths = (ulong)((row * 2654435761L) % 1_000_000L);
        var amount = (thousandths / 1000m).ToString("0.000", CultureInfo.InvariantCulture);
        var meterId = $"m{meter:D6}";
        var period = Periods[hour];
        if (bad is { } b && b.Row == row)
        {
            switch (b.Column)
            {
                case "amount": amount = b.Value; break;
                case "unit": unit = b.Value; break;
                case "region": region = b.Value; break;
                case "kind": kind = b.Value; break;
                default: period = b.Value; break;
            }

            return (kind, region, fuel, period, amount, unit, meterId);
        }

        var key = $"{kind}|{region}|{fuel}|{unit}";
        Sums.TryGetValue(key, out var s);
        Sums[key] = (s.Rows + 1, s.Sum + decimal.Parse(amount, CultureInfo.InvariantCulture));
        return (kind, region, fuel, period, amount, unit, meterId);
    }
}
