using System.Net;
using Bkn.Cms.Agencies;
using Bkn.Cms.WebService.Services;

namespace Bkn.Cms.Tests.Modules.WebService;

/// <summary>The address allow-list and the paging cursor.</summary>
public sealed class WebServiceUnitTests
{
    [Fact]
    public void The_allow_list_takes_addresses_and_cidr_networks_and_allows_nothing_else()
    {
        Assert.True(AddressAllowList.TryParse("203.0.113.7\n198.51.100.0/24, 2001:db8::/32", out var list, out var errors), string.Join(" ", errors));

        Assert.True(list.Allows(IPAddress.Parse("203.0.113.7")));
        Assert.False(list.Allows(IPAddress.Parse("203.0.113.8")));
        Assert.True(list.Allows(IPAddress.Parse("198.51.100.255")));
        Assert.True(list.Allows(IPAddress.Parse("::ffff:198.51.100.1")));
        Assert.True(list.Allows(IPAddress.Parse("2001:db8::1")));
        Assert.False(list.Allows(IPAddress.Parse("2001:db9::1")));
        Assert.False(list.Allows(null));
        Assert.False(AddressAllowList.Parse("").Allows(IPAddress.Parse("203.0.113.7")));
    }

    [Fact]
    public void Entries_that_are_not_addresses_are_named_in_the_errors()
    {
        Assert.False(AddressAllowList.TryParse("203.0.113.300\n10.0.0.0/33\nlocalhost\n10.1", out _, out var errors));
        Assert.Equal(4, errors.Count);
        Assert.Contains(errors, e => e.Contains("10.1", StringComparison.Ordinal));
    }

    [Fact]
    public void The_cursor_round_trips_and_a_tampered_one_is_refused()
    {
        var keyset = new PersonnelKeyset(new DateTime(2026, 11, 3, 4, 5, 6, DateTimeKind.Utc), "198501012010011001");
        Assert.True(WsCursor.TryDecode(WsCursor.Encode(keyset), out var back));
        Assert.Equal(keyset, back);
        Assert.False(WsCursor.TryDecode("bukan-kursor", out _));
        Assert.False(WsCursor.TryDecode(WsCursor.Encode(keyset)[..^3], out _));
        Assert.False(WsCursor.TryDecode(new string('A', 500), out _));
    }
}
