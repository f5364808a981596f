using Emissions.Inventory;

namespace Emissions.Contract.Checks;

/// <summary>
/// Where a request's field is, for an error message: built only when a message names it, so that reading a valid
/// request builds no path string per figure or relation (issue 16).
/// </summary>
internal interface IFieldPlace
{
    /// <summary>The place of the field <paramref name="field"/> ("$.figures[3].unit", "figures.csv line 4 unit").</summary>
    string At(string field);
}

/// <summary>A place given as a function of the field's name (the CSV and spreadsheet readers').</summary>
internal readonly struct FieldPlaceOf(Func<string, string> at) : IFieldPlace
{
    public string At(string field) => at(field);
}

/// <summary>A field of one element of a JSON array, its path held as parts (<see cref="LinePath"/>).</summary>
internal readonly struct ElementFieldPlace(LinePath element) : IFieldPlace
{
    public string At(string field) => element.Field(field).Text;
}
