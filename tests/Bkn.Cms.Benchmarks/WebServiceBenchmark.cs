using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Bkn.Cms.Agencies;
using Bkn.Cms.Data;
using Bkn.Cms.Hosting;
using Bkn.Cms.WebService.Models;
using Bkn.Cms.WebService.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static Bkn.Cms.Benchmarks.BenchTools;

namespace Bkn.Cms.Benchmarks;

/// <summary>
/// The web service under load, with the real site (sample data) on Kestrel (loopback) and HTTP clients in the same
/// process: (1) token issuance (client credentials) per second; (2) authenticated <c>GET /api/ws/v1/pns/{nip}</c> with
/// the call audit on, then the audit is flushed and counted to prove every measured call is in it.
/// </summary>
internal static class WebServiceBenchmark
{
    private const string Agency = "PROV-33";
    private const string PnsEndpoint = "GET /api/ws/v1/pns/{nip}";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("sqlite" or "postgres"))
        {
            await Console.Error.WriteLineAsync("usage: webservice sqlite|postgres [--seconds S] [--clients C] [--warmup S] [--api-clients N] [--keep]");
            return 2;
        }

        var provider = args[0] == "sqlite" ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres;
        var seconds = Option(args, "--seconds", 20);
        var clients = Option(args, "--clients", 16);
        var warmup = Option(args, "--warmup", 20);
        var apiClients = Math.Max(1, Option(args, "--api-clients", 4));
        var database = await BenchDatabase.CreateAsync(provider);
        try
        {
            return await RunOnDatabaseAsync(provider, database, seconds, clients, warmup, apiClients);
        }
        finally
        {
            if (args.Contains("--keep"))
            {
                Console.WriteLine($"kept: {database.Describe()}");
            }
            else
            {
                await database.DisposeAsync();
            }
        }
    }

    private static async Task<int> RunOnDatabaseAsync(DatabaseProvider provider, BenchDatabase database, int seconds, int clients, int warmup, int apiClients)
    {
        Console.WriteLine($"webservice on {provider}: {seconds} s per load phase, {clients} concurrent callers, {apiClients} OAuth2 clients of {Agency}, .NET {Environment.Version}, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        Environment.SetEnvironmentVariable("BKN_ADMIN_PASSWORD", "Bench-Admin-2026");
        if (await StartSiteAsync(provider, database, new Dictionary<string, string?>
        {
            ["WebService:RequireHttps"] = "false", // loopback, as behind a TLS-terminating proxy
            ["WebService:TokenRequestsPerMinute"] = "100000000",
        }) is not { } site)
        {
            return 1;
        }

        await using var app = site.App;
        var address = site.Address;

        // Production clients of one agency, allowed from loopback, each at the highest rate limit an administrator may set.
        var issued = new List<WsIssuedSecret>();
        List<string> nips;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var agency = (await scope.ServiceProvider.GetRequiredService<IAgencyDirectory>().GetAsync()).FindByCode(Agency) ?? throw new InvalidOperationException($"{Agency} is not in the sample registry.");
            var service = scope.ServiceProvider.GetRequiredService<WsClientService>();
            for (var i = 0; i < apiClients; i++)
            {
                issued.Add(await service.CreateAsync(
                    new WsClientInput { AgencyId = agency.Id, Environment = WsEnvironment.Production, DisplayName = $"Benchmark {i}", Scopes = WsScopes.All, AllowedAddresses = "127.0.0.1", RateLimitPerMinute = WsClientService.MaxRateLimit },
                    "benchmark",
                    CancellationToken.None));
            }

            nips = [];
            await foreach (var record in scope.ServiceProvider.GetRequiredService<IPersonnelRecords>().StreamByAgencyAsync(agency.Id, PersonnelDataset.Production))
            {
                nips.Add(record.Nip);
                if (nips.Count == 2000)
                {
                    break;
                }
            }
        }

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { BaseAddress = address };

        // 1. Token issuance.
        await TokensForAsync(http, issued, clients, TimeSpan.FromSeconds(Math.Max(2, warmup / 4)));
        var (tokens, tokenFailures, tokenLatencies, tokenSeconds) = await TokensForAsync(http, issued, clients, TimeSpan.FromSeconds(Math.Max(5, seconds / 2)));
        Console.WriteLine($"tokens: {tokens:N0} issued in {tokenSeconds:F1} s = {tokens / tokenSeconds:F0}/s, {tokenFailures} failed; p50 {Percentile(tokenLatencies, 50):F1} ms, p95 {Percentile(tokenLatencies, 95):F1} ms, p99 {Percentile(tokenLatencies, 99):F1} ms");

        // 2. GET /pns/{nip}: warm up (JIT, caches), then the measured phase; the audit is flushed and counted around it.
        var bearer = new List<string>();
        foreach (var client in issued)
        {
            bearer.Add(await TokenAsync(http, client));
        }

        var warm = await PnsForAsync(http, bearer, nips, clients, TimeSpan.FromSeconds(warmup));
        Console.WriteLine($"warm-up: {warm.Calls:N0} calls in {warm.Seconds:F0} s (not counted)");
        var before = await AuditedAsync(app.Services, issued);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var (calls, failures, latencies, elapsed) = await PnsForAsync(http, bearer, nips, clients, TimeSpan.FromSeconds(seconds));
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
        var flush = Stopwatch.StartNew();
        var after = await AuditedAsync(app.Services, issued);
        Console.WriteLine($"GET /pns/{{nip}}: {calls:N0} calls in {elapsed:F1} s = {calls / elapsed:F0}/s, {failures} not 200; p50 {Percentile(latencies, 50):F1} ms, p95 {Percentile(latencies, 95):F1} ms, p99 {Percentile(latencies, 99):F1} ms; process CPU {cpu / Math.Max(1, calls):F2} ms per call (server and clients)");
        Console.WriteLine($"audit: {after - before:N0} rows for {calls + failures:N0} calls ({(after - before == calls + failures ? "every call audited" : "MISMATCH")}), queue drained in {flush.ElapsedMilliseconds} ms after the run");
        Console.WriteLine($"load average {LoadAverage()}");
        await app.StopAsync();
        return after - before == calls + failures ? 0 : 1;
    }

    private static async Task<(long Issued, long Failed, ConcurrentBag<double> Latencies, double Seconds)> TokensForAsync(HttpClient http, IReadOnlyList<WsIssuedSecret> issued, int clients, TimeSpan duration)
    {
        var latencies = new ConcurrentBag<double>();
        long ok = 0, failed = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async worker =>
        {
            var client = issued[worker % issued.Count];
            while (watch.Elapsed < duration)
            {
                var one = Stopwatch.StartNew();
                using var response = await http.PostAsync("/connect/token", Form(client));
                await response.Content.ReadAsByteArrayAsync();
                latencies.Add(one.Elapsed.TotalMilliseconds);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref ok);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }));
        return (ok, failed, latencies, watch.Elapsed.TotalSeconds);
    }

    private static async Task<(long Calls, long Failed, ConcurrentBag<double> Latencies, double Seconds)> PnsForAsync(HttpClient http, IReadOnlyList<string> tokens, IReadOnlyList<string> nips, int clients, TimeSpan duration)
    {
        var latencies = new ConcurrentBag<double>();
        long ok = 0, failed = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async worker =>
        {
            var random = new Random(worker);
            var token = new AuthenticationHeaderValue("Bearer", tokens[worker % tokens.Count]);
            var local = new List<double>(4096);
            while (watch.Elapsed < duration)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "/api/ws/v1/pns/" + nips[random.Next(nips.Count)]);
                request.Headers.Authorization = token;
                var one = Stopwatch.StartNew();
                using var response = await http.SendAsync(request);
                await response.Content.ReadAsByteArrayAsync();
                local.Add(one.Elapsed.TotalMilliseconds);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref ok);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }

            foreach (var value in local)
            {
                latencies.Add(value);
            }
        }));
        return (ok, failed, latencies, watch.Elapsed.TotalSeconds);
    }

    private static async Task<long> AuditedAsync(IServiceProvider services, IReadOnlyList<WsIssuedSecret> issued)
    {
        await services.GetRequiredService<WsAuditWriter>().FlushAsync();
        await using var scope = services.CreateAsyncScope();
        var ids = issued.Select(i => i.Client.ClientId).ToList();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<WsCall>().LongCountAsync(c => ids.Contains(c.ClientId) && c.Endpoint == PnsEndpoint);
    }

    private static async Task<string> TokenAsync(HttpClient http, WsIssuedSecret client)
    {
        using var response = await http.PostAsync("/connect/token", Form(client));
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    private static FormUrlEncodedContent Form(WsIssuedSecret client) => new(new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = client.Client.ClientId,
        ["client_secret"] = client.Secret,
    });
}
