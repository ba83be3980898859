using BenchmarkDotNet.Running;

// In-process benchmarks: dotnet run -c Release --project tests/Bkn.Cms.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
