namespace Emissions.Contract.Calculations;

/// <summary>How much of each figure's trace a calculation answer carries (CONTRACT "Traces").</summary>
internal enum TraceDetail
{
    /// <summary>No traces: the figures, factor set, warnings and diagnostics only.</summary>
    None,

    /// <summary>
    /// Complete but compact: each input line once, in the answer's <c>lines</c>; a trace names the figures it is
    /// computed from and refers to its lines by index ranges instead of copying them.
    /// </summary>
    Summary,

    /// <summary>Every trace lists every input it used, as copies (the format before traces could be summarised).</summary>
    Full,
}
