using Emissions.Quantities;

namespace Emissions.Metrics.Expressions;

/// <summary>
/// Parses formulas: names (figure ids such as <c>s1_2023</c>, metric ids such as
/// <c>dc.energy.power-loss</c>, where '-' joins words only inside a dotted id), numbers with an
/// optional unit (<c>3.6 GJ/MWh</c>), <c>+ - * /</c>, parentheses, <c>yoy</c>, <c>pp</c>, <c>sum</c>
/// and factor references <c>@parameter[carrier]</c>.
/// </summary>
internal static class ExpressionParser
{
    private static readonly HashSet<string> Functions = new(StringComparer.Ordinal) { "yoy", "pp", "sum" };

    public static Expr Parse(string formula)
    {
        ArgumentNullException.ThrowIfNull(formula);
        if (formula.Length > ExpressionLimits.MaxLength)
        {
            throw new ExpressionException(
                $"formula '{Excerpt.Of(formula)}' is {ExpressionLimits.Count(formula.Length)} characters long (expected at most {ExpressionLimits.Count(ExpressionLimits.MaxLength)})");
        }

        var parser = new Cursor(formula);
        var expr = parser.ParseSum();
        parser.SkipSpace();
        if (!parser.AtEnd)
        {
            throw parser.Error("an operator or the end of the formula");
        }

        return expr;
    }

    private sealed class Cursor(string text)
    {
        private int _pos;

        // Counted against ExpressionLimits as the parse goes: nesting before every recursion, terms before every operand.
        private int _depth;
        private int _terms;

        public bool AtEnd => _pos >= text.Length;

        public void SkipSpace()
        {
            while (!AtEnd && char.IsWhiteSpace(text[_pos]))
            {
                _pos++;
            }
        }

        public ExpressionException Error(string expected) =>
            new($"formula '{Excerpt.Of(text)}' at position {_pos + 1}: expected {expected}, found {(AtEnd ? "the end" : $"'{text[_pos]}'")}");

        public Expr ParseSum()
        {
            var left = ParseProduct();
            while (true)
            {
                SkipSpace();
                if (AtEnd || text[_pos] is not ('+' or '-'))
                {
                    return left;
                }

                var op = text[_pos++];
                left = new Binary(op, left, ParseProduct());
            }
        }

        private Expr ParseProduct()
        {
            var left = ParseUnary();
            while (true)
            {
                SkipSpace();
                if (AtEnd || text[_pos] is not ('*' or '/' or '×' or '·'))
                {
                    return left;
                }

                var op = text[_pos++] is '/' ? '/' : '*';
                left = new Binary(op, left, ParseUnary());
            }
        }

        private Expr ParseUnary()
        {
            SkipSpace();
            if (!AtEnd && text[_pos] == '-')
            {
                _pos++;
                Enter();
                var operand = ParseUnary();
                _depth--;
                return new Negation(operand);
            }

            return ParsePrimary();
        }

        private Expr ParsePrimary()
        {
            SkipSpace();
            if (AtEnd)
            {
                throw Error("a name, a number or '('");
            }

            var c = text[_pos];
            if (c == '(')
            {
                _pos++;
                Enter();
                var inner = ParseSum();
                Expect(')');
                _depth--;
                return inner;
            }

            CountTerm();

            if (c == '@')
            {
                return ParseFactorReference();
            }

            if (char.IsAsciiDigit(c) || c == '.')
            {
                return ParseConstant();
            }

            if (char.IsLetter(c) || c == '_')
            {
                var name = ParseName();
                SkipSpace();
                if (!AtEnd && text[_pos] == '(' && Functions.Contains(name))
                {
                    _pos++;
                    return ParseCall(name);
                }

                return new Reference(name);
            }

            throw Error("a name, a number or '('");
        }

        private FunctionCall ParseCall(string function)
        {
            Enter();
            var args = new List<Expr> { ParseSum() };
            SkipSpace();
            while (!AtEnd && text[_pos] == ',')
            {
                _pos++;
                args.Add(ParseSum());
                SkipSpace();
            }

            Expect(')');
            _depth--;
            var arity = function == "sum" ? args.Count : 2;
            if (args.Count != arity || args.Count == 0)
            {
                throw new ExpressionException($"formula '{Excerpt.Of(text)}': {function}() takes {(function == "sum" ? "one or more" : "two")} arguments, got {args.Count}");
            }

            return new FunctionCall(function, args);
        }

        private FactorReference ParseFactorReference()
        {
            _pos++;

            // Factor parameters are kebab-case (@absorption-rate[forest]): a hyphen joins words here too.
            var parameter = ParseName(hyphenJoins: true);
            Expect('[');
            var start = _pos;
            while (!AtEnd && text[_pos] != ']')
            {
                _pos++;
            }

            var carrier = text[start.._pos].Trim();
            Expect(']');
            return new FactorReference(parameter, carrier);
        }

        private string ParseName(bool hyphenJoins = false)
        {
            var start = _pos;
            var dotted = hyphenJoins;
            while (!AtEnd)
            {
                var c = text[_pos];
                if (char.IsLetterOrDigit(c) || c == '_')
                {
                    _pos++;
                }
                else if (c == '.' && _pos + 1 < text.Length && char.IsLetter(text[_pos + 1]))
                {
                    dotted = true;
                    _pos++;
                }
                else if (c == '-' && dotted && _pos + 1 < text.Length && char.IsLetter(text[_pos + 1]))
                {
                    // Inside a dotted metric id a hyphen joins words (dc.energy.power-loss); elsewhere it is a minus.
                    _pos++;
                }
                else
                {
                    break;
                }
            }

            if (_pos == start)
            {
                throw Error("a name");
            }

            return text[start.._pos];
        }

        private Constant ParseConstant()
        {
            var start = _pos;
            while (!AtEnd && (char.IsAsciiDigit(text[_pos]) || text[_pos] == '.'))
            {
                _pos++;
            }

            if (!DecimalText.TryParse(text[start.._pos], out var value))
            {
                throw new ExpressionException($"formula '{Excerpt.Of(text)}': '{Excerpt.Of(text[start.._pos])}' is not a number");
            }

            return new Constant(new Measurement(value, ParseUnitAfterNumber()));
        }

        private Unit ParseUnitAfterNumber()
        {
            var save = _pos;
            SkipSpace();
            var start = _pos;
            while (!AtEnd && !char.IsWhiteSpace(text[_pos]) && text[_pos] is not ('(' or ')' or ',' or '+' or '*' or '-'))
            {
                _pos++;
            }

            // The longest prefix of the run that is a unit, cutting at '/' boundaries: "3.6 GJ/MWh" is one constant.
            var run = text[start.._pos];
            for (var end = run.Length; end > 0; end = run.LastIndexOf('/', end - 1))
            {
                if (end <= UnitLimits.MaxLength && run[0] != '/' && TryParseUnit(run[..end]) is { } unit)
                {
                    _pos = start + end;
                    return unit;
                }

                if (end == 0)
                {
                    break;
                }
            }

            _pos = save;
            return UnitCatalog.Get("");
        }

        /// <summary>
        /// The unit, or null when the text is not one (the constant may end before it). A unit beyond the
        /// limits or out of range is the formula's error, not a shorter unit: "2 t^999" is refused as such.
        /// </summary>
        private static Unit? TryParseUnit(string candidate)
        {
            try
            {
                return Unit.Parse(candidate);
            }
            catch (QuantityException ex) when (ex.Error == QuantityError.UnknownUnit)
            {
                return null;
            }
        }

        private void Enter()
        {
            if (++_depth > ExpressionLimits.MaxNesting)
            {
                throw new ExpressionException(
                    $"formula '{Excerpt.Of(text)}' at position {_pos}: parentheses, minus signs and function calls nest more than {ExpressionLimits.MaxNesting} deep (expected at most {ExpressionLimits.MaxNesting})");
            }
        }

        private void CountTerm()
        {
            if (++_terms > ExpressionLimits.MaxTerms)
            {
                throw new ExpressionException(
                    $"formula '{Excerpt.Of(text)}' has more than {ExpressionLimits.Count(ExpressionLimits.MaxTerms)} operands (expected at most {ExpressionLimits.Count(ExpressionLimits.MaxTerms)})");
            }
        }

        private void Expect(char c)
        {
            SkipSpace();
            if (AtEnd || text[_pos] != c)
            {
                throw Error($"'{c}'");
            }

            _pos++;
        }
    }
}
