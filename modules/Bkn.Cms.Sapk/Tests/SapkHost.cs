using Bkn.Cms.Agencies;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Tests.Modules.Sapk;

/// <summary>
/// One set-up site for the SAPK tests, with a small agency registry of its own (so the figures are known whatever the
/// sample registry holds), and a fake SAPK statistics endpoint on a free local port
/// that fails, then times out, then answers.
/// </summary>
public sealed class SapkHost : IAsyncLifetime
{
    public static readonly AgencyInfo Bkn = new(Guid.Parse("0b1e0000-0000-0000-0000-000000000001"), "PUSAT-BKN", "Badan Kepegawaian Negara", AgencyKind.Pusat, "Nasional", null, "BKN Pusat");
    public static readonly AgencyInfo Panrb = new(Guid.Parse("0b1e0000-0000-0000-0000-000000000002"), "PUSAT-PANRB", "Kementerian PANRB", AgencyKind.Pusat, "Nasional", null, "BKN Pusat");
    public static readonly AgencyInfo JawaTengah = new(Guid.Parse("0b1e0000-0000-0000-0000-000000000003"), "PROV-33", "Pemerintah Provinsi Jawa Tengah", AgencyKind.Provinsi, "Jawa Tengah", null, "Kanreg I Yogyakarta");
    public static readonly AgencyInfo Cilacap = new(Guid.Parse("0b1e0000-0000-0000-0000-000000000004"), "KAB-3301", "Pemerintah Kabupaten Cilacap", AgencyKind.Kabupaten, "Jawa Tengah", JawaTengah.Id, "Kanreg I Yogyakarta");

    public static readonly AgencySnapshot Registry = new([Bkn, Panrb, JawaTengah, Cilacap]);

    private WebApplication? _server;
    private int _requests;

    public CmsFactory Factory { get; private set; } = null!;

    /// <summary>Requests the fake endpoint received.</summary>
    public int EndpointRequests => Volatile.Read(ref _requests);

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _server = builder.Build();
        _server.MapGet("/statistik", async (HttpContext context, string periode) =>
        {
            switch (Interlocked.Increment(ref _requests))
            {
                case 1:
                    return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
                case 2:
                    await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted);
                    return Results.StatusCode(StatusCodes.Status500InternalServerError);
                default:
                    return Results.Json(new
                    {
                        periode,
                        instansi = new object[]
                        {
                            new { kode = "PUSAT-BKN", userAktif = 500, userTidakAktif = 20, loginTerakhir = (string?)null, modul = new Dictionary<string, object> { ["KP"] = new { user = 300, transaksi = 4000 } } },
                            new { kode = "PROV-33", userAktif = 200, userTidakAktif = 10, loginTerakhir = (string?)null, modul = new Dictionary<string, object>() },
                        },
                    });
            }
        });
        await _server.StartAsync();
        var address = _server.Urls.First();

        Factory = new CmsFactory(
            settings: new()
            {
                ["Sapk:Pull:Endpoint"] = address + "/statistik",
                ["Sapk:Pull:AttemptTimeout"] = "00:00:00.800",
                ["Sapk:Pull:Retries"] = "3",
                ["Sapk:Pull:RetryDelay"] = "00:00:00.020",
                ["Sapk:Targets:2017"] = "92.5",
            },
            services: services =>
            {
                services.AddSingleton<IAgencyDirectory>(new FixedDirectory());
            });
        _ = Factory.Server;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private sealed class FixedDirectory : IAgencyDirectory
    {
        public Task<AgencySnapshot> GetAsync(CancellationToken cancellationToken = default) => Task.FromResult(Registry);
    }
}
