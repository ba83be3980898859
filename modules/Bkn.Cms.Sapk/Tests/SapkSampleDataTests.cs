using Bkn.Cms.Agencies;
using Bkn.Cms.Sapk.Services;

namespace Bkn.Cms.Tests.Modules.Sapk;

/// <summary>The sample figures add up to the reported 2017 totals over any registry, and the report's shares.</summary>
public sealed class SapkSampleDataTests
{
    [Fact]
    public void December_2017_adds_up_to_the_reported_active_and_inactive_users()
    {
        var records = SapkSampleData.Generate(SapkImportCheckTests.Registry.All, SapkOptions.DefaultModules);

        var december = records.Where(r => r.Period == 201712).ToList();
        Assert.Equal(30_245, december.Sum(r => r.ActiveUsers));
        Assert.Equal(2_053, december.Sum(r => r.InactiveUsers));
        Assert.Equal(3, records.Select(r => r.Period).Distinct().Count());
        Assert.All(records, r => Assert.All(r.Modules.Values, m => Assert.True(m.Users <= r.ActiveUsers + r.InactiveUsers)));
        Assert.Equal(records, SapkSampleData.Generate(SapkImportCheckTests.Registry.All, SapkOptions.DefaultModules), new RecordComparer());
    }

    [Fact]
    public void Only_regional_agencies_still_give_the_exact_totals()
    {
        var agencies = Enumerable.Range(0, 37).Select(i => new AgencyInfo(Guid.NewGuid(), $"KAB-{3300 + i}", $"Kabupaten {i}", AgencyKind.Kabupaten, "Jawa Tengah", null, "Kanreg I")).ToList();

        var december = SapkSampleData.Generate(agencies, ["KP"]).Where(r => r.Period == 201712).ToList();

        Assert.Equal(37, december.Count);
        Assert.Equal((30_245, 2_053), (december.Sum(r => r.ActiveUsers), december.Sum(r => r.InactiveUsers)));
    }

    [Fact]
    public void Largest_remainder_keeps_the_total()
    {
        Assert.Equal([34, 33, 33], SapkSampleData.Distribute(100, [1, 1, 1]));
        Assert.Equal(7, SapkSampleData.Distribute(7, [0.1, 5, 2.3, 0]).Sum());
    }

    [Fact]
    public void The_active_share_is_active_over_all_users()
    {
        var totals = new SapkTotals(30_245, 2_053);

        Assert.Equal(32_298, totals.Total);
        Assert.Equal(93.64, totals.ActiveShare);
        Assert.Equal(0, new SapkTotals(0, 0).ActiveShare);
    }

    private sealed class RecordComparer : IEqualityComparer<SapkRecord>
    {
        public bool Equals(SapkRecord? x, SapkRecord? y) =>
            x!.Period == y!.Period && x.AgencyCode == y.AgencyCode && x.ActiveUsers == y.ActiveUsers && x.InactiveUsers == y.InactiveUsers
            && x.Modules.Count == y.Modules.Count && x.Modules.All(m => y.Modules.TryGetValue(m.Key, out var v) && v == m.Value);

        public int GetHashCode(SapkRecord obj) => obj.AgencyCode.GetHashCode(StringComparison.Ordinal);
    }
}
