using System.Text;
using Emissions.Contract.Checks;
using Emissions.Inventory;

namespace Emissions.Core.Tests.Contract.Checks;

public class Utf8FieldTableTests
{
    private static readonly Utf8FieldTable Figure = new([("value", 0), ("unit", 1), ("id", 2), ("label", 7)], annotationBit: 16);

    [Fact]
    public void A_field_is_found_by_its_bytes_and_a_name_it_does_not_know_is_not()
    {
        Assert.Equal((0, 1, 2), (Figure.Find("value"u8), Figure.Find("unit"u8), Figure.Find("id"u8)));
        Assert.Equal((-1, -1, -1, -1), (Figure.Find("valu"u8), Figure.Find("Value"u8), Figure.Find(""u8), Figure.Find("a-name-longer-than-any-field"u8)));
    }

    [Fact]
    public void An_own_field_named_like_an_annotation_keeps_its_own_bit()
    {
        Assert.Equal(7, Figure.Find("label"u8));
    }

    [Fact]
    public void Every_annotation_field_has_a_bit_of_its_own_above_the_first()
    {
        var bits = JsonInput.AnnotationFields.Where(a => a != "label").Select(a => Figure.Find(Encoding.UTF8.GetBytes(a))).ToList();

        Assert.All(bits, bit => Assert.InRange(bit, 16, 16 + JsonInput.AnnotationFields.Count - 1));
        Assert.Equal(bits.Count, bits.Distinct().Count());
    }

    [Fact]
    public void An_object_that_takes_no_annotations_does_not_know_them()
    {
        var options = new Utf8FieldTable([("materiality", 0), ("factors", 4)], annotationBit: null);

        Assert.Equal((0, 4, -1), (options.Find("materiality"u8), options.Find("factors"u8), options.Find("notes"u8)));
    }

    [Fact]
    public void A_name_differing_from_a_field_in_one_byte_anywhere_is_not_found()
    {
        // Every byte of a name counts, wherever it is.
        Assert.Equal(
            (-1, -1, -1, -1, -1),
            (Figure.Find("labelCitatioN"u8), Figure.Find("labelCxtation"u8), Figure.Find("vaXue"u8), Figure.Find("iD"u8), Figure.Find("headcountSourcf"u8)));
        Assert.NotEqual(-1, Figure.Find("headcountSource"u8));
    }

    [Fact]
    public void A_field_name_longer_than_two_words_is_refused_by_its_name()
    {
        var refused = Assert.Throws<ArgumentException>(() => new Utf8FieldTable([("value", 0), ("aSeventeenByteKey", 1)], annotationBit: null));

        Assert.StartsWith("field names of at most 16 bytes; 'aSeventeenByteKey' has 17", refused.Message, StringComparison.Ordinal);
    }
}
