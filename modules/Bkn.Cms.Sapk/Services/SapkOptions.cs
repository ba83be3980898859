namespace Bkn.Cms.Sapk.Services;

/// <summary>Configuration section "Sapk" (appsettings or environment, e.g. Sapk__Pull__Endpoint).</summary>
public sealed class SapkOptions
{
    public const string Section = "Sapk";

    /// <summary>The SAPK modules whose users and transactions are reported, in display order (codes as in the file columns).</summary>
    public List<string> Modules { get; set; } = [];

    /// <summary>The default target for the active share (percent of all users who are active).</summary>
    public double ActiveShareTarget { get; set; } = 90;

    /// <summary>Targets per year ("2017": 92.5) that override <see cref="ActiveShareTarget"/>.</summary>
    public Dictionary<string, double> Targets { get; set; } = [];

    public SapkPullOptions Pull { get; set; } = new();

    public const int DefaultHeatMapPageSize = 50;

    /// <summary>Agencies per page of the dashboard's module adoption heat map (the Excel export always has every agency).</summary>
    public int HeatMapPageSize { get; set; } = DefaultHeatMapPageSize;

    public static readonly IReadOnlyList<string> DefaultModules = ["KP", "Pensiun", "Mutasi", "Data", "Pengadaan", "Jabatan", "Pendidikan", "Keluarga", "Diklat", "SKP"];

    /// <summary>The configured modules, or the default list when none are configured.</summary>
    public IReadOnlyList<string> ModuleList => Modules.Count > 0 ? Modules : DefaultModules;

    public double TargetFor(int year) => Targets.TryGetValue(year.ToString(System.Globalization.CultureInfo.InvariantCulture), out var t) ? t : ActiveShareTarget;
}

/// <summary>The scheduled pull from the SAPK statistics endpoint (off while <see cref="Endpoint"/> is empty).</summary>
public sealed class SapkPullOptions
{
    /// <summary>The endpoint's address; the pull calls it with <c>?periode=yyyy-MM</c>.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Sent as a bearer token when set.</summary>
    public string? Token { get; set; }

    /// <summary>How often the schedule looks for a period to pull.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Timeout of one HTTP attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Retries after the first attempt (exponential back-off with jitter).</summary>
    public int Retries { get; set; } = 4;

    /// <summary>The first back-off delay; it doubles on every retry.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Whether a pulled period is confirmed at once; otherwise it waits for confirmation in the admin.</summary>
    public bool AutoConfirm { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Endpoint);
}
