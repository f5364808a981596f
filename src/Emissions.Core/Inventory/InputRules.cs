namespace Emissions.Inventory;

/// <summary>
/// Which rules an inventory is held to. A stored submission was accepted under the rules of its day; refusing it when
/// its revision is recomputed would make stored data unreadable, so rules added later apply to new input only.
/// </summary>
public enum InputRules
{
    /// <summary>Every rule: a request, a file, a document about to be stored.</summary>
    Current,

    /// <summary>A stored revision recomputed: the rules of <see cref="NewInputRules"/> are not applied again.</summary>
    AsStored,
}
