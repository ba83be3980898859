using Bkn.Cms.Validation;

namespace Bkn.Cms.Tests.Unit;

public sealed class NipRulesTests
{
    [Fact]
    public void A_valid_nip_yields_birth_date_appointment_month_gender_and_sequence()
    {
        Assert.True(NipRules.TryParse("198503122010012001", out var parts, out var error), error);
        Assert.Equal(new DateOnly(1985, 3, 12), parts.BirthDate);
        Assert.Equal(new DateOnly(2010, 1, 1), parts.TmtCpns);
        Assert.Equal(NipGender.Female, parts.Gender);
        Assert.Equal(1, parts.Sequence);
    }

    [Fact]
    public void Spaces_around_the_number_are_ignored() => Assert.True(NipRules.IsValid(" 196802291990031002 "));

    [Theory]
    [InlineData("", "18 angka")]
    [InlineData("19850312201001200", "18 angka")] // 17 digits
    [InlineData("1985031220100120011", "18 angka")] // 19 digits
    [InlineData("19850312201001200A", "18 angka")]
    [InlineData("198513122010012001", "tanggal lahir")] // month 13
    [InlineData("198502302010012001", "tanggal lahir")] // 30 February
    [InlineData("196702291990031002", "tanggal lahir")] // 29 February in a common year
    [InlineData("198503122010132001", "pengangkatan CPNS")] // month 13
    [InlineData("198503121980012001", "sebelum tanggal lahir")]
    [InlineData("198503122010013001", "jenis kelamin")]
    [InlineData("198503122010012000", "000")]
    public void An_invalid_nip_says_what_is_wrong(string nip, string expected)
    {
        Assert.False(NipRules.TryParse(nip, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Masking_hides_the_birth_date_and_the_appointment_month() =>
        Assert.Equal("1985**********2001", NipRules.Mask("198503122010012001"));
}
