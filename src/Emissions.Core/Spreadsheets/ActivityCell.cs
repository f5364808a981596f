namespace Emissions.Spreadsheets;

/// <summary>What a cell of an activity sheet holds, and so how it becomes CONTRACT JSON.</summary>
internal enum ActivityCell
{
    /// <summary>Text kept as written (a site, a label; fuels and regions are read by the inventory reader's printed names).</summary>
    Text,

    /// <summary>An amount: the number (with or without its unit) and, from its unit column, the unit.</summary>
    Amount,

    /// <summary>The unit of the amounts in the row.</summary>
    Unit,

    /// <summary>Yes or no (是/否, true/false).</summary>
    Flag,
}
