using BenchmarkDotNet.Running;
using Bkn.Cms.Benchmarks;

// Content store at scale (own Stopwatch loop, seeds 100,000 items once):
//   dotnet run -c Release --project tests/Bkn.Cms.Benchmarks -- content-store sqlite|postgres [--items N] [--reps N] [--trace] [--keep]
if (args is ["content-store", ..])
{
    return await ContentStoreBenchmark.RunAsync(args[1..]);
}

// Workflow runtime (50 enabled types, events through TriggerEventAsync, N due timers):
//   dotnet run -c Release --project tests/Bkn.Cms.Benchmarks -- workflows sqlite|postgres [--events N] [--timers N]
if (args is ["workflows", ..])
{
    return await WorkflowBenchmark.RunAsync(args[1..]);
}

// Search at scale (seeds 100,000 published documents, rebuilds the index, times queries):
//   dotnet run -c Release --project tests/Bkn.Cms.Benchmarks -- search sqlite|postgres [--items N] [--queries N]
if (args is ["search", ..])
{
    return await SearchBenchmark.RunAsync(args[1..]);
}

// Helpdesk under load (Kestrel on loopback, HTTP clients in-process; generates N tickets in bulk for the queue pages):
//   dotnet run -c Release --project tests/Bkn.Cms.Benchmarks -- helpdesk sqlite|postgres [--tickets N] [--seconds S] [--clients C] [--reps N]
if (args is ["helpdesk", ..])
{
    return await HelpdeskBenchmark.RunAsync(args[1..]);
}

// SOP registry: flowchart rendering (60 activities, 8 executors) and the register list with filters at N SOPs:
//   dotnet run -c Release --project tests/Bkn.Cms.Benchmarks -- sop sqlite|postgres [--sops N] [--reps N] [--renders N]
if (args is ["sop", ..])
{
    return await SopBenchmark.RunAsync(args[1..]);
}

// Web service under load (Kestrel on loopback, HTTP clients in-process; sample data; token issuance, then
// GET /api/ws/v1/pns/{nip} with the call audit on, counted afterwards):
//   dotnet run -c Release --project tests/Bkn.Cms.Benchmarks -- webservice sqlite|postgres [--seconds S] [--clients C] [--warmup S] [--api-clients N]
if (args is ["webservice", ..])
{
    return await WebServiceBenchmark.RunAsync(args[1..]);
}

// KPO/PPO at scale (eligibility + nominative list of N civil servants; verifier queue with M dossiers, over HTTP):
//   dotnet run -c Release --project tests/Bkn.Cms.Benchmarks -- kpo sqlite|postgres [--people N] [--dossiers N] [--reps N]
// or the personnel import of an R-row Excel file over HTTP as an agency operator (with ~1% broken rows, then valid):
//   dotnet run -c Release --project tests/Bkn.Cms.Benchmarks -- kpo sqlite|postgres --import [--rows R] [--compare]
if (args is ["kpo", ..])
{
    return await KpoBenchmark.RunAsync(args[1..]);
}

// SAPK import (N agencies × P periods × 10 modules, upload + confirm over HTTP) and the dashboard on that data:
//   dotnet run -c Release --project tests/Bkn.Cms.Benchmarks -- sapk sqlite|postgres [--agencies N] [--periods N] [--imports N] [--reps N]
if (args is ["sapk", ..])
{
    return await SapkBenchmark.RunAsync(args[1..]);
}

// PKT single window (Kestrel on loopback; call-next with D desks at once, a call to W display screens, the monthly report):
//   dotnet run -c Release --project tests/Bkn.Cms.Benchmarks -- pkt sqlite|postgres [--desks D] [--seconds S] [--screens W] [--calls N] [--visits V] [--reps N]
if (args is ["pkt", ..])
{
    return await PktBenchmark.RunAsync(args[1..]);
}

// In-process benchmarks: dotnet run -c Release --project tests/Bkn.Cms.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(ContentStoreBenchmark).Assembly).Run(args);
return 0;
