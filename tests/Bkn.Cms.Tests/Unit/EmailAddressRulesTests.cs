using Bkn.Cms.Validation;

namespace Bkn.Cms.Tests.Unit;

public sealed class EmailAddressRulesTests
{
    [Theory]
    [InlineData("budi@contoh.id")]
    [InlineData("budi.santoso@bkn.go.id")]
    [InlineData("budi+helpdesk@mail.contoh.co.id")]
    [InlineData("o'brien_2@contoh-instansi.id")]
    [InlineData("a@b.co")]
    [InlineData("x1@xn--80ak6aa92e.com")]
    public void Ordinary_addresses_are_accepted(string address) => Assert.True(EmailAddressRules.IsValid(address));

    [Theory]
    [InlineData("budi.@contoh.id")] // a dot before the at-sign
    [InlineData(".budi@contoh.id")]
    [InlineData("budi..santoso@contoh.id")]
    [InlineData("budi@-contoh.id")] // a hyphen-led domain label
    [InlineData("budi@contoh-.id")]
    [InlineData("budi@mail.-contoh.id")]
    [InlineData("user@[1.2.3.4]")] // an address literal
    [InlineData("user@[IPv6:::1]")]
    [InlineData("user@1.2.3.4")]
    [InlineData("ｂｕｄｉ@contoh.id")] // full-width characters
    [InlineData("budi@ｃｏｎｔｏｈ.id")]
    [InlineData("budi＠contoh.id")]
    [InlineData("bùdi@contoh.id")]
    [InlineData("budi@contoh")] // one label
    [InlineData("budi@contoh.i")]
    [InlineData("budi@contoh.123")]
    [InlineData("budi@contoh..id")]
    [InlineData("budi@contoh.id.")]
    [InlineData("\"budi santoso\"@contoh.id")] // a quoted local part
    [InlineData("budi(komentar)@contoh.id")]
    [InlineData("Budi <budi@contoh.id>")]
    [InlineData("budi@contoh.id\r\nBcc: x@y.id")]
    [InlineData("budi @contoh.id")]
    [InlineData("budi@@contoh.id")]
    [InlineData("budi@a@contoh.id")]
    [InlineData("@contoh.id")]
    [InlineData("budi@")]
    [InlineData("budi")]
    [InlineData("")]
    [InlineData(null)]
    public void Addresses_mail_servers_may_not_deliver_are_refused(string? address) => Assert.False(EmailAddressRules.IsValid(address));

    [Fact]
    public void Lengths_are_bounded()
    {
        Assert.True(EmailAddressRules.IsValid(new string('a', 64) + "@contoh.id"));
        Assert.False(EmailAddressRules.IsValid(new string('a', 65) + "@contoh.id"));
        Assert.True(EmailAddressRules.IsValid("budi@" + new string('a', 63) + ".id"));
        Assert.False(EmailAddressRules.IsValid("budi@" + new string('a', 64) + ".id"));
        var labels = string.Join('.', Enumerable.Repeat(new string('a', 60), 5));
        Assert.False(EmailAddressRules.IsValid("budi@" + labels + ".id"));
    }
}
