using BenchmarkDotNet.Running;
using Bkn.Cms.Benchmarks;

// Content store at scale (own Stopwatch loop, seeds 100,000 items once):
//   dotnet run -c Release --project tests/Bkn.Cms.Benchmarks -- content-store sqlite|postgres [--items N] [--reps N] [--trace] [--keep]
if (args is ["content-store", ..])
{
    return await ContentStoreBenchmark.RunAsync(args[1..]);
}

// In-process benchmarks: dotnet run -c Release --project tests/Bkn.Cms.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(ContentStoreBenchmark).Assembly).Run(args);
return 0;
