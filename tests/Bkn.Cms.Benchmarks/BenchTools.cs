using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Bkn.Cms.Data;
using Bkn.Cms.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Benchmarks;

/// <summary>What every stopwatch benchmark needs: the site, percentiles, command-line options, the load it ran under, form fields.</summary>
internal static class BenchTools
{
    /// <summary>
    /// The real site on Kestrel (loopback, a free port) after the migrations and the setup recipe with sample data, as
    /// in production, with the benchmark's own settings on top; prints how long that took. Null when setup failed.
    /// </summary>
    public static async Task<(WebApplication App, Uri Address)?> StartSiteAsync(DatabaseProvider provider, BenchDatabase database, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
        var configuration = new Dictionary<string, string?>
        {
            ["App:DataPath"] = database.DataPath,
            ["App:BaseUrl"] = "http://localhost",
            ["Database:Provider"] = provider.ToString(),
            ["Database:ConnectionString"] = database.ConnectionString,
            ["Logging:LogLevel:Default"] = "Warning",
            // BKN_BENCH_SQL_LOG=1 prints every SQL command with its duration (to find where a request's time goes).
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = Environment.GetEnvironmentVariable("BKN_BENCH_SQL_LOG") == "1" ? "Information" : "Critical",
            ["RateLimits:AuthenticationPerMinute"] = "100000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddBknCms();
        var app = builder.Build();
        var clock = Stopwatch.StartNew();
        if (!await app.InitializeBknCmsAsync())
        {
            await app.DisposeAsync();
            return null;
        }

        app.UseBknCms();
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        Console.WriteLine($"migrations + setup recipe (sample data) + start: {clock.Elapsed.TotalSeconds:F1} s, listening on {address}");
        return (app, address);
    }

    /// <summary>The nearest-rank percentile p (0–100) of the values; 0 when there are none.</summary>
    public static double Percentile(IEnumerable<double> values, int p)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    /// <summary>The integer after <paramref name="name"/> in the arguments, or the fallback.</summary>
    public static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }

    /// <summary>The one-minute load average, printed with every result so a loaded run is recognisable.</summary>
    public static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
    }

    /// <summary>The value of the named hidden (or any) input in an HTML page.</summary>
    public static string Hidden(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }
}
