using System.Text.Encodings.Web;
using System.Text.Json;

namespace Emissions.Contract.Checks;

/// <summary>
/// Unit symbols encoded as JSON text for one encoder, per thread: the same bytes the writer would produce from the
/// string, worked out once. Bounded (a request's units come from its figures): past <see cref="Capacity"/> symbols the
/// table starts again.
/// </summary>
internal static class UnitTexts
{
    private const int Capacity = 256;

    [ThreadStatic]
    private static Dictionary<string, JsonEncodedText>? t_texts;

    [ThreadStatic]
    private static JavaScriptEncoder? t_encoder;

    public static JsonEncodedText For(JavaScriptEncoder? encoder, string unit)
    {
        var texts = t_texts ??= new Dictionary<string, JsonEncodedText>(StringComparer.Ordinal);
        if (!ReferenceEquals(encoder, t_encoder) || texts.Count >= Capacity)
        {
            texts.Clear();
            t_encoder = encoder;
        }

        if (!texts.TryGetValue(unit, out var text))
        {
            text = JsonEncodedText.Encode(unit, encoder);
            texts[unit] = text;
        }

        return text;
    }
}
