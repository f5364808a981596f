using Emissions.Inventory;
using Emissions.Metrics;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;
using Emissions.Verification;

namespace Emissions.Contract.Checks;

/// <summary>
/// The check request's field rules, whatever carries the request (JSON, CSV, a spreadsheet): ids, metric ids,
/// qualifiers, printed values with their units, relations and their formulas; each error names the field's place.
/// </summary>
internal static class CheckRequestFields
{
    private const string FormulaExpected = "a formula over figure ids, e.g. \"s1_2023 + s2_2023\"";

    private static readonly System.Buffers.SearchValues<char> AsciiIdCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");

    /// <summary>A figure id: a letter or '_', then letters, digits or '_' (so that formulas can name it).</summary>
    internal static bool IsValidId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length == 0 || !(char.IsLetter(id[0]) || id[0] == '_'))
        {
            return false;
        }

        // The usual id is ASCII, where the letters and digits are exactly A-Z, a-z and 0-9: one vectorized search instead
        // of a Unicode category look-up per character. Any other character (a CJK letter is a letter) goes the long way.
        if (id.AsSpan(1).IndexOfAnyExcept(AsciiIdCharacters) < 0)
        {
            return true;
        }

        foreach (var c in id)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Builds a figure from its fields as strings (shared with the CSV reader); <paramref name="at"/> names the field's place.</summary>
    internal static ReportedFigure BuildFigure(
        string? id, string? metric, string value, string? unit, string? qualifier, string? period, string? site, string? label, Func<string, string> at) =>
        BuildFigure(id, metric, value, unit, qualifier, period, site, label, new FieldPlaceOf(at), source: null);

    /// <summary>As above, with the field's place built only for an error; <paramref name="source"/> becomes the figure's <see cref="ReportedFigure.Source"/>.</summary>
    internal static ReportedFigure BuildFigure<TPlace>(
        string? id, string? metric, string value, string? unit, string? qualifier, string? period, string? site, string? label, TPlace at, LinePath? source)
        where TPlace : struct, IFieldPlace =>
        BuildFigure(id, metric, value, default, unit, qualifier, period, site, label, at, source);

    /// <summary>
    /// As above, with the value given as its UTF-8 bytes (valid, unescaped) instead of a string: the usual figure is read
    /// from the bytes (<see cref="Measurement.TryParseUtf8"/>), and the value's string is made only when the text has to
    /// be read the general way or an error quotes it.
    /// </summary>
    internal static ReportedFigure BuildFigure<TPlace>(
        string? id, string? metric, ReadOnlySpan<byte> value, string? unit, string? qualifier, string? period, string? site, string? label, TPlace at, LinePath? source)
        where TPlace : struct, IFieldPlace =>
        BuildFigure(id, metric, null, value, unit, qualifier, period, site, label, at, source);

    // The value is the string when there is one, else the bytes.
    private static ReportedFigure BuildFigure<TPlace>(
        string? id, string? metric, string? value, ReadOnlySpan<byte> valueUtf8, string? unit, string? qualifier, string? period, string? site, string? label,
        TPlace at, LinePath? source)
        where TPlace : struct, IFieldPlace
    {
        if (id is null && metric is null)
        {
            throw new InputException(at.At("id"), null, "an \"id\" (a letter or '_', then letters, digits, '_') or a \"metric\" (a catalogue id), or both", InputError.Missing);
        }

        if (id is not null && !IsValidId(id))
        {
            throw new InputException(at.At("id"), id, "a letter or '_', then letters, digits or '_' (e.g. s1_2023)");
        }

        // From the bytes, a metric and unit read before (the same strings, from the reader's vocabulary) need no finding:
        // the pair was read without error then, so only the qualifier and the number can be wrong now.
        var format = AmountReading.CurrentFormat;
        var meanings = value is null && unit is not null && format == NumberFormat.Invariant ? FigureMeanings.Current : null;
        MetricDefinition? definition = null;
        Unit? knownUnit = null;
        FigureKind? kind = null;
        if ((meanings is null || !meanings.TryGet(metric, unit!, out definition, out knownUnit, out kind)) && metric is not null && !MetricCatalog.TryFind(metric, out definition))
        {
            throw new InputException(at.At("metric"), metric, $"a catalogue metric id; nearest: {string.Join(", ", MetricCatalog.Nearest(metric))}");
        }

        if (!Qualifiers.TryParse(qualifier, out var q))
        {
            throw new InputException(at.At("qualifier"), qualifier, $"one of {string.Join(", ", Qualifiers.Names)}");
        }

        Measurement printed;
        try
        {
            if (knownUnit is not null && DecimalText.TryReadUsual(valueUtf8, out var number))
            {
                printed = new Measurement(number, knownUnit);
            }
            else if (value is not null || !Measurement.TryParseUtf8(valueUtf8, unit, format, out printed))
            {
                value ??= System.Text.Encoding.UTF8.GetString(valueUtf8);
                printed = unit is null ? Measurement.Parse(value, format) : Measurement.Parse(value, unit, format);
            }
        }
        catch (QuantityException ex)
        {
            value ??= System.Text.Encoding.UTF8.GetString(valueUtf8);
            // With the unit given apart, a number that is malformed or too large as written is the value's fault; every other error is the unit's.
            var field = unit is not null && !ex.NumberAtFault ? "unit" : "value";
            var hint = field == "value" && (qualifier is null or "") ? PrintedClaimHint.For(value) : null;
            throw new InputException(at.At(field), field == "unit" ? unit : value, ex, hint is null ? null : ex.Expected + hint);
        }

        // A figure printed with no unit is a pure number (CONTRACT); the checker decides whether it
        // can stand for its metric (a headcount can, a WUE cannot). A unit of the wrong kind is an error.
        if (knownUnit is null)
        {
            // Worked out once here, the checker reads it from the figure (KnownKind) instead of finding the metric again.
            kind = definition is null ? null : FigureKind.Of(printed, definition);
            if (definition is not null && !printed.Dimension.IsDimensionless && kind is null)
            {
                var expected = $"a unit of {definition.Kind} for {definition.Id} (e.g. {definition.CanonicalUnit.Symbol}), got {printed.Unit.Kind}";
                throw new InputException(at.At(unit is null ? "value" : "unit"), printed.Unit.Symbol, expected, InputError.Quantity,
                    new QuantityException(QuantityError.WrongKind, expected));
            }

            meanings?.Remember(metric, unit!, definition, printed.Unit, kind);
        }
        else if (!ReferenceEquals(printed.Unit, knownUnit) && definition is not null)
        {
            // The number was read the general way, with a unit of its own: the kind kept was for the pair's unit.
            kind = FigureKind.Of(printed, definition);
        }

        // A catalogue figure carries its kind; one with no metric has none to carry.
        var known = definition is not null ? new KnownKind(metric!, printed.Unit, kind) : default;
        return source is { } path
            ? new ReportedFigure(id, metric, printed, q, period, site, label) { SourcePath = path, KnownKind = known }
            : new ReportedFigure(id, metric, printed, q, period, site, label) { KnownKind = known };
    }

    internal static void RejectDuplicateIds(IReadOnlyList<ReportedFigure> figures)
    {
        var seen = new Dictionary<string, ReportedFigure>(figures.Count, StringComparer.Ordinal);
        for (var i = 0; i < figures.Count; i++)
        {
            var figure = figures[i];
            if (figure.Id is { } id && !seen.TryAdd(id, figure))
            {
                throw new InputException($"{figure.Source}.id", id, $"a unique figure id (also used by {seen[id].Source})");
            }
        }
    }

    internal static CustomRelation BuildRelation(string? id, string? metric, string? formula, Func<string, string> at) =>
        BuildRelation(id, metric, formula, new FieldPlaceOf(at), source: null);

    /// <summary>As above, with the field's place built only for an error; <paramref name="source"/> becomes the relation's <see cref="CustomRelation.Source"/>.</summary>
    internal static CustomRelation BuildRelation<TPlace>(string? id, string? metric, string? formula, TPlace at, LinePath? source)
        where TPlace : struct, IFieldPlace
    {
        if (id is null || !IsValidId(id))
        {
            throw new InputException(at.At("id"), id, "a relation id: a letter or '_', then letters, digits or '_'", id is null ? InputError.Missing : InputError.InvalidValue);
        }

        if (metric is null)
        {
            throw new InputException(at.At("metric"), null, "the id of the figure the formula recomputes", InputError.Missing);
        }

        if (string.IsNullOrWhiteSpace(formula))
        {
            throw new InputException(at.At("formula"), formula, FormulaExpected, formula is null ? InputError.Missing : InputError.InvalidValue);
        }

        try
        {
            var parsed = CustomFormulas.Parse(formula);
            return source is { } path
                ? new CustomRelation(id, metric, formula, parsed) { SourcePath = path }
                : new CustomRelation(id, metric, formula, parsed);
        }
        catch (ExpressionException ex)
        {
            throw new InputException(at.At("formula"), Excerpt.Of(formula), FormulaExpected, InputError.InvalidValue, ex, ex.Message);
        }
        catch (QuantityException ex)
        {
            throw new InputException(at.At("formula"), Excerpt.Of(formula), ex);
        }
    }

    // Up to this many relation-and-figure pairs a relation's figure is found by comparing keys in turn: a request with a
    // relation or two over a few dozen figures (the usual one) then builds no set of every figure's key.
    private const int PairsComparedInTurn = 256;

    internal static void CheckRelations(IReadOnlyList<CustomRelation> relations, IReadOnlyList<ReportedFigure> figures)
    {
        if (relations.Count == 0)
        {
            return;
        }

        var ids = relations.Count * figures.Count <= PairsComparedInTurn ? null : KeysOf(figures);
        var relationIds = new HashSet<string>(relations.Count, StringComparer.Ordinal);
        foreach (var relation in relations)
        {
            if (!relationIds.Add(relation.Id))
            {
                throw new InputException($"{relation.Source}.id", relation.Id, "a unique relation id");
            }

            if (ids is null ? !HasKey(figures, relation.Metric) : !ids.Contains(relation.Metric))
            {
                throw NoSuchFigure(relation, ids ?? KeysOf(figures));
            }
        }
    }

    // Every figure's key once, in the figures' order (the order the nearest keys are ranked in for a message).
    private static HashSet<string> KeysOf(IReadOnlyList<ReportedFigure> figures)
    {
        var ids = new HashSet<string>(figures.Count, StringComparer.Ordinal);
        foreach (var figure in figures)
        {
            ids.Add(figure.Key);
        }

        return ids;
    }

    private static bool HasKey(IReadOnlyList<ReportedFigure> figures, string key)
    {
        for (var i = 0; i < figures.Count; i++)
        {
            if (string.Equals(figures[i].Key, key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Apart from the loop: a lambda over the loop's relation there would allocate its closure on every iteration.
    private static InputException NoSuchFigure(CustomRelation relation, HashSet<string> ids)
    {
        var nearest = ids.OrderBy(i => EditDistanceOf(relation.Metric, i)).Take(3);
        return new InputException($"{relation.Source}.metric", relation.Metric, $"the id of a figure in this request; nearest: {string.Join(", ", nearest)}");
    }

    private static int EditDistanceOf(string a, string b) => EditDistance.Between(a, b);
}
