using Bkn.Cms.Agencies;

namespace Bkn.Cms.Sapk.Services;

/// <summary>
/// Deterministic sample figures spread over whatever agencies the registry holds: December 2017 adds up to exactly the
/// reported 30,245 active and 2,053 inactive users (split between central and regional agencies), and two earlier
/// periods give a trend. Every total is distributed by largest remainder, so the sums are exact.
/// </summary>
public static class SapkSampleData
{
    /// <summary>Period, central active, central inactive, regional active, regional inactive.</summary>
    public static readonly IReadOnlyList<(int Period, int CentralActive, int CentralInactive, int RegionalActive, int RegionalInactive)> Periods =
    [
        (201612, 5_902, 701, 15_972, 1_910),
        (201706, 7_085, 640, 19_325, 1_740),
        (201712, 8_112, 547, 22_133, 1_506),
    ];

    public const int ReportPeriod = 201712;
    public const int ReportActive = 30_245;
    public const int ReportInactive = 2_053;

    private static readonly Dictionary<string, double> ModuleRates = new(StringComparer.OrdinalIgnoreCase)
    {
        ["KP"] = 0.62, ["Pensiun"] = 0.48, ["Mutasi"] = 0.35, ["Data"] = 0.81, ["Pengadaan"] = 0.22,
        ["Jabatan"] = 0.41, ["Pendidikan"] = 0.30, ["Keluarga"] = 0.27, ["Diklat"] = 0.18, ["SKP"] = 0.12,
    };

    public static IReadOnlyList<SapkRecord> Generate(IReadOnlyList<AgencyInfo> agencies, IReadOnlyList<string> modules)
    {
        var ordered = agencies.OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
        if (ordered.Count == 0)
        {
            return [];
        }

        var central = ordered.Where(a => a.IsCentral).ToList();
        var regional = ordered.Where(a => !a.IsCentral).ToList();
        var records = new List<SapkRecord>();
        foreach (var (period, ca, ci, ra, ri) in Periods)
        {
            // With no agency on one side, its users go to the other so the totals stay exact.
            var (centralActive, centralInactive, regionalActive, regionalInactive) =
                central.Count == 0 ? (0, 0, ca + ra, ci + ri) : regional.Count == 0 ? (ca + ra, ci + ri, 0, 0) : (ca, ci, ra, ri);
            records.AddRange(Spread(period, central, centralActive, centralInactive, modules));
            records.AddRange(Spread(period, regional, regionalActive, regionalInactive, modules));
        }

        return records;
    }

    private static IEnumerable<SapkRecord> Spread(int period, List<AgencyInfo> agencies, int active, int inactive, IReadOnlyList<string> modules)
    {
        if (agencies.Count == 0)
        {
            yield break;
        }

        var weights = agencies.Select(a => Weight(a)).ToList();
        // One agency in forty has nobody active, so the dashboard's "no active user" list is not empty.
        var activeWeights = agencies.Select((a, i) => Hash(a.Code) % 40 == 7 && agencies.Count > 1 ? 0 : weights[i]).ToList();
        var actives = Distribute(active, activeWeights);
        var inactives = Distribute(inactive, weights);
        var lastDay = new DateOnly(SapkPeriodKey.Year(period), SapkPeriodKey.Month(period), 1).AddMonths(1).AddDays(-1);
        for (var i = 0; i < agencies.Count; i++)
        {
            var hash = Hash(agencies[i].Code);
            var users = actives[i] + inactives[i];
            var values = new Dictionary<string, SapkModuleValue>(StringComparer.OrdinalIgnoreCase);
            for (var m = 0; m < modules.Count; m++)
            {
                var rate = ModuleRates.GetValueOrDefault(modules[m], 0.3) * (0.7 + (hash >> (m % 16) & 7) / 14.0);
                var moduleUsers = Math.Min(actives[i], (int)Math.Round(actives[i] * Math.Min(rate, 1.0)));
                if (moduleUsers > 0)
                {
                    values[modules[m]] = new SapkModuleValue(moduleUsers, moduleUsers * (long)(4 + (hash >> m & 15)));
                }
            }

            yield return new SapkRecord(period, agencies[i].Code, actives[i], inactives[i], users == 0 || actives[i] == 0 ? null : lastDay.AddDays(-(int)(hash % 5)), values);
        }
    }

    private static double Weight(AgencyInfo agency) => agency.Kind switch
    {
        AgencyKind.Pusat => 20,
        AgencyKind.Provinsi => 14,
        _ => 6,
    } * (0.6 + Hash(agency.Code) % 9 / 10.0);

    /// <summary>Splits <paramref name="total"/> in proportion to the weights, by largest remainder: the parts add up exactly.</summary>
    public static int[] Distribute(int total, IReadOnlyList<double> weights)
    {
        var result = new int[weights.Count];
        var sum = weights.Sum();
        if (sum <= 0)
        {
            weights = [.. weights.Select(_ => 1.0)];
            sum = weights.Count;
        }

        var exact = weights.Select(w => total * w / sum).ToArray();
        var given = 0;
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (int)Math.Floor(exact[i]);
            given += result[i];
        }

        foreach (var i in Enumerable.Range(0, result.Length).OrderByDescending(i => exact[i] - result[i]).ThenBy(i => i).Take(total - given))
        {
            result[i]++;
        }

        return result;
    }

    /// <summary>FNV-1a of the code: stable across runs and machines, unlike string.GetHashCode.</summary>
    private static uint Hash(string code)
    {
        var hash = 2166136261u;
        foreach (var c in code)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
