using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Bkn.Cms.Agencies;
using Bkn.Cms.Background;
using Bkn.Cms.Sapk.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bkn.Cms.Sapk.Services;

/// <summary>The JSON the SAPK statistics endpoint answers (documented in the README section "Statistik SAPK").</summary>
public sealed class SapkPullDocument
{
    [JsonPropertyName("periode")]
    public string? Periode { get; set; }

    [JsonPropertyName("instansi")]
    public List<SapkPullAgency> Instansi { get; set; } = [];
}

public sealed class SapkPullAgency
{
    [JsonPropertyName("kode")]
    public string? Kode { get; set; }

    [JsonPropertyName("userAktif")]
    public JsonElement UserAktif { get; set; }

    [JsonPropertyName("userTidakAktif")]
    public JsonElement UserTidakAktif { get; set; }

    [JsonPropertyName("loginTerakhir")]
    public string? LoginTerakhir { get; set; }

    [JsonPropertyName("modul")]
    public Dictionary<string, SapkPullModule> Modul { get; set; } = [];
}

public sealed class SapkPullModule
{
    [JsonPropertyName("user")]
    public JsonElement User { get; set; }

    [JsonPropertyName("transaksi")]
    public JsonElement Transaksi { get; set; }
}

/// <summary>Counts the HTTP attempts the resilience pipeline makes for one pull (it sits inside the pipeline).</summary>
public sealed class SapkAttemptCounter : DelegatingHandler
{
    private static readonly AsyncLocal<StrongBox> Current = new();

    public sealed class StrongBox
    {
        public int Value;
    }

    public static StrongBox Start() => Current.Value = new StrongBox();

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (Current.Value is { } box)
        {
            Interlocked.Increment(ref box.Value);
        }

        return base.SendAsync(request, cancellationToken);
    }
}

/// <summary>
/// Pulls one period from the configured SAPK statistics endpoint through the "sapk-pull" HTTP client (retries with
/// exponential back-off and a timeout per attempt), checks it with the upload's rules, and replaces the period's
/// figures; every run, failed or not, is recorded for the admin.
/// </summary>
public sealed class SapkPuller(
    DbContext db,
    IHttpClientFactory clients,
    IAgencyDirectory agencies,
    SapkFigureStore store,
    IOptions<SapkOptions> options,
    TimeProvider time,
    IConfiguration configuration,
    ILogger<SapkPuller> logger)
{
    public const string ClientName = "sapk-pull";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public DateOnly Today => Bkn.Cms.Hosting.SiteTimeZone.Today(time, Bkn.Cms.Hosting.SiteTimeZone.From(configuration));

    /// <summary>The period the schedule pulls: the last complete month.</summary>
    public int DuePeriod => SapkPeriodKey.Previous(SapkPeriodKey.Of(Today));

    public async Task<SapkPullRun> PullAsync(int period, string startedBy, CancellationToken cancellationToken)
    {
        var pull = options.Value.Pull;
        var run = new SapkPullRun { Period = period, StartedUtc = time.GetUtcNow().UtcDateTime, StartedBy = startedBy };
        var attempts = SapkAttemptCounter.Start();
        try
        {
            if (!pull.Enabled)
            {
                run.Message = "Alamat layanan statistik SAPK belum diatur (Sapk:Pull:Endpoint).";
            }
            else
            {
                await RunAsync(run, pull, period, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException && !cancellationToken.IsCancellationRequested)
        {
            run.Succeeded = false;
            run.Message = ex is HttpRequestException { StatusCode: { } code }
                ? $"Layanan menjawab {(int)code} setelah semua percobaan."
                : ex is HttpRequestException ? "Layanan tidak dapat dihubungi setelah semua percobaan." : "Layanan tidak menjawab dalam batas waktu setelah semua percobaan.";
            logger.LogWarning("SAPK pull of {Period} failed after {Attempts} attempts: {Error}", SapkPeriodKey.Format(period), attempts.Value, ex.GetType().Name);
        }
        catch (JsonException)
        {
            run.Succeeded = false;
            run.Message = "Jawaban layanan bukan JSON dalam format yang disepakati.";
        }

        db.ChangeTracker.Clear();
        run.Attempts = attempts.Value;
        run.FinishedUtc = time.GetUtcNow().UtcDateTime;
        run.Message = run.Message.Length > SapkPullRun.MessageLength ? run.Message[..SapkPullRun.MessageLength] : run.Message;
        db.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }

    private async Task RunAsync(SapkPullRun run, SapkPullOptions pull, int period, CancellationToken cancellationToken)
    {
        var client = clients.CreateClient(ClientName);
        var separator = pull.Endpoint!.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{pull.Endpoint}{separator}periode={SapkPeriodKey.Format(period)}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (!string.IsNullOrEmpty(pull.Token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", pull.Token);
        }

        using var response = await client.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            run.Message = $"Periode {SapkPeriodKey.Format(period)} belum tersedia di layanan.";
            return;
        }

        response.EnsureSuccessStatusCode();
        var document = await response.Content.ReadFromJsonAsync<SapkPullDocument>(Json, cancellationToken) ?? throw new JsonException();
        if (SapkPeriodKey.Parse(document.Periode) != period)
        {
            run.Message = $"Layanan menjawab periode '{document.Periode}', bukan {SapkPeriodKey.Format(period)}.";
            return;
        }

        var modules = options.Value.ModuleList;
        var check = SapkImportCheck.Check(ToSheet(document, modules), await agencies.GetAsync(cancellationToken), modules, Today);
        if (!check.IsValid)
        {
            var first = check.FileErrors.Concat(check.Rows.Where(r => r.Errors.Count > 0).Select(r => $"instansi {r.AgencyCode}: {string.Join(" ", r.Errors)}")).Take(3);
            run.Message = $"Data ditolak, tidak ada yang disimpan ({check.ErrorRowCount} baris salah): {string.Join(" | ", first)}";
            return;
        }

        await store.ReplaceAsync(check.Records, SapkSource.Pull, pull.AutoConfirm, "Tarik otomatis", null, cancellationToken);
        run.Succeeded = true;
        run.AgencyCount = check.Records.Count;
        run.Message = pull.AutoConfirm
            ? $"{check.Records.Count} instansi disimpan dan dikonfirmasi."
            : $"{check.Records.Count} instansi disimpan; periode menunggu konfirmasi.";
    }

    /// <summary>The JSON as rows of the upload format, so both ways in are checked by the same rules.</summary>
    public static SapkSheet ToSheet(SapkPullDocument document, IReadOnlyList<string> modules)
    {
        var header = SapkFile.HeaderFor(modules);
        var rows = new List<SapkSheetRow>();
        var n = 0;
        foreach (var agency in document.Instansi)
        {
            n++;
            var cells = new string[header.Count];
            cells[0] = document.Periode ?? "";
            cells[1] = agency.Kode ?? "";
            cells[2] = Text(agency.UserAktif);
            cells[3] = Text(agency.UserTidakAktif);
            cells[4] = agency.LoginTerakhir ?? "";
            var byName = new Dictionary<string, SapkPullModule>(agency.Modul, StringComparer.OrdinalIgnoreCase);
            for (var m = 0; m < modules.Count; m++)
            {
                if (byName.TryGetValue(modules[m], out var value))
                {
                    cells[5 + 2 * m] = Text(value.User);
                    cells[6 + 2 * m] = Text(value.Transaksi);
                }
                else
                {
                    cells[5 + 2 * m] = cells[6 + 2 * m] = "";
                }
            }

            rows.Add(new SapkSheetRow(n, cells));
        }

        return new SapkSheet(header, rows);
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number or JsonValueKind.String => value.ToString(),
        _ => "",
    };
}

/// <summary>The schedule: every <see cref="SapkPullOptions.Interval"/>, pulls the last complete month unless it was already pulled successfully.</summary>
public sealed class SapkPullTask(IOptions<SapkOptions> options) : IBackgroundTask
{
    public TimeSpan Interval => options.Value.Pull.Interval;

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!options.Value.Pull.Enabled)
        {
            return;
        }

        var puller = services.GetRequiredService<SapkPuller>();
        var db = services.GetRequiredService<DbContext>();
        var period = puller.DuePeriod;
        if (await db.Set<SapkPullRun>().AnyAsync(r => r.Period == period && r.Succeeded, cancellationToken))
        {
            return;
        }

        await puller.PullAsync(period, "Terjadwal", cancellationToken);
    }
}
