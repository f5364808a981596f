namespace Emissions.Factors.Tests;

public class SetIdAsPrintedTests
{
    [Theory]
    [InlineData("CN-2023", "cn-2023")]
    [InlineData("Cn-2020", "cn-2020")]
    [InlineData("UK-DESNZ-2024", "uk-desnz-2024")]
    public void A_set_id_printed_in_another_case_finds_the_set_under_its_own_id(string written, string id)
    {
        var set = ((IFactorSetSource)RepositoryFactors.Library).Find(written);

        Assert.Equal(id, set?.Id);
    }
}
