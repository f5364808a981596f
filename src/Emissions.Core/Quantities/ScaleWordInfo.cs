namespace Emissions.Quantities;

/// <summary>A scale word written before a unit: 万 (10000), 亿 (100000000) …</summary>
internal sealed record ScaleWordInfo(string Word, string Name, string Factor);
