namespace Bkn.Cms.Sapk.Models;

/// <summary>Where a period's figures came from.</summary>
public enum SapkSource
{
    Upload = 0,
    Pull = 1,
    Sample = 2,
}

/// <summary>A reporting period (one calendar month) and whether its figures are confirmed for the dashboard and the public.</summary>
public sealed class SapkPeriod
{
    /// <summary>The period as yyyyMM (201712 for December 2017).</summary>
    public int Period { get; set; }

    public bool Confirmed { get; set; }

    public DateTime? ConfirmedUtc { get; set; }

    /// <summary>Who confirmed (user name), or "sistem" for the sample data.</summary>
    public string? ConfirmedBy { get; set; }

    public SapkSource Source { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>The import batch that last replaced the figures, when they came from an upload.</summary>
    public Guid? BatchId { get; set; }

    public int AgencyCount { get; set; }

    public long ActiveUsers { get; set; }

    public long InactiveUsers { get; set; }
}

/// <summary>One agency's SAPK user figures in one period.</summary>
public sealed class SapkFigure
{
    public int Period { get; set; }

    /// <summary>The agency's code in the registry (kode instansi).</summary>
    public string AgencyCode { get; set; } = "";

    public int ActiveUsers { get; set; }

    public int InactiveUsers { get; set; }

    /// <summary>The last day any of the agency's users signed in to SAPK, when known.</summary>
    public DateOnly? LastLogin { get; set; }
}

/// <summary>One agency's use of one SAPK module (KP, pensiun, mutasi …) in one period.</summary>
public sealed class SapkModuleFigure
{
    public int Period { get; set; }

    public string AgencyCode { get; set; } = "";

    /// <summary>The module's code from the configured module list (e.g. "KP").</summary>
    public string Module { get; set; } = "";

    public int Users { get; set; }

    public long Transactions { get; set; }
}

public enum SapkBatchStatus
{
    /// <summary>Checked without errors, waiting for the explicit confirmation.</summary>
    Pending = 0,
    Confirmed = 1,
    Discarded = 2,
}

/// <summary>An uploaded file that passed every check, kept until it is confirmed or discarded. Refused files are never stored.</summary>
public sealed class SapkImportBatch
{
    public const int FileNameLength = 200;

    public Guid Id { get; set; }

    public string FileName { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public SapkBatchStatus Status { get; set; }

    public DateTime UploadedUtc { get; set; }

    public string UploadedBy { get; set; } = "";

    public DateTime? ConfirmedUtc { get; set; }

    public int RowCount { get; set; }

    /// <summary>The periods in the file, comma separated (yyyy-MM).</summary>
    public string Periods { get; set; } = "";
}

/// <summary>One run of the scheduled (or manual) pull from the SAPK statistics endpoint.</summary>
public sealed class SapkPullRun
{
    public const int MessageLength = 1000;

    public long Id { get; set; }

    public DateTime StartedUtc { get; set; }

    public DateTime FinishedUtc { get; set; }

    public int Period { get; set; }

    public bool Succeeded { get; set; }

    /// <summary>How many HTTP attempts the resilience pipeline made.</summary>
    public int Attempts { get; set; }

    public int AgencyCount { get; set; }

    public string Message { get; set; } = "";

    /// <summary>"Terjadwal" or the user name of whoever started it.</summary>
    public string StartedBy { get; set; } = "";
}
