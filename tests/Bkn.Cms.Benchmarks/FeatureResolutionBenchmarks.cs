using BenchmarkDotNet.Attributes;
using Bkn.Cms.Modules;
using Bkn.Cms.Units;

namespace Bkn.Cms.Benchmarks;

/// <summary>
/// The per-request cost of the engine's look-ups, next to a dictionary read as the baseline:
/// the unit ancestor walk behind a unit-scoped feature check, and a dependency closure (feature page).
/// </summary>
[MemoryDiagnoser]
public class FeatureResolutionBenchmarks
{
    private readonly Dictionary<string, bool> _baseline = new() { ["Bkn.Cms.Helpdesk"] = true };
    private UnitTreeSnapshot _tree = null!;
    private Guid _leaf;
    private FeatureDependencyResolver _resolver = null!;

    [GlobalSetup]
    public void Setup()
    {
        // A BKN-shaped tree: root, 10 deputies, 10 directorates each, 10 sub-units each (1,111 units).
        var units = new List<UnitInfo> { new(Guid.NewGuid(), null, "BKN", "BKN", "Badan", 0) };
        for (var d = 0; d < 10; d++)
        {
            var deputy = new UnitInfo(Guid.NewGuid(), units[0].Id, $"D{d}", $"Deputi {d}", "Deputi", 1);
            units.Add(deputy);
            for (var k = 0; k < 10; k++)
            {
                var directorate = new UnitInfo(Guid.NewGuid(), deputy.Id, $"D{d}K{k}", $"Direktorat {d}.{k}", "Direktorat", 2);
                units.Add(directorate);
                for (var s = 0; s < 10; s++)
                {
                    units.Add(new UnitInfo(Guid.NewGuid(), directorate.Id, $"D{d}K{k}S{s}", $"Subunit {d}.{k}.{s}", "Subbagian", 3));
                }
            }
        }

        _tree = new UnitTreeSnapshot(units);
        _leaf = units[^1].Id;
        _resolver = new FeatureDependencyResolver(Enumerable.Range(0, 60).Select(i =>
            new FeatureDescriptor($"F{i}", $"F{i}", "", "", i == 0 ? [] : [$"F{i / 2}"], false, false, "m")));
    }

    [Benchmark(Baseline = true)]
    public bool DictionaryRead() => _baseline["Bkn.Cms.Helpdesk"];

    [Benchmark]
    public int UnitAncestors() => _tree.SelfAndAncestors(_leaf).Count;

    [Benchmark]
    public int DependencyClosureOfDeepFeature() => _resolver.DependencyClosure(["F59"]).Count;
}
