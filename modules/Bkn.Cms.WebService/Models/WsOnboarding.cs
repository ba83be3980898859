namespace Bkn.Cms.WebService.Models;

/// <summary>Where an agency's onboarding to the web service stands.</summary>
public enum WsOnboardingStage
{
    /// <summary>The agency asked for access (contacts, public IP); BKN decides.</summary>
    Diajukan = 0,

    /// <summary>BKN approved; the training credentials follow at once (the workflow issues them).</summary>
    Disetujui = 1,

    /// <summary>Training credentials issued: the agency makes its test calls, then asks for production.</summary>
    Pelatihan = 2,

    /// <summary>The agency asked for production; credentials follow once BKN has registered its public IP.</summary>
    ProduksiDiminta = 3,

    /// <summary>Production credentials issued and the registry status set to "Implementasi": done.</summary>
    Implementasi = 4,

    /// <summary>BKN refused the request (with a reason): done.</summary>
    Ditolak = 5,
}

/// <summary>
/// One agency's onboarding to the web service. The shipped workflow type "ws-onboarding" drives it (events from
/// <see cref="Services.WsOnboardingService"/>, the credential and status tasks of this module); the service checks
/// every step's rule, so a step taken out of order is refused whatever the workflow says.
/// </summary>
public sealed class WsOnboarding
{
    public Guid Id { get; set; }

    public Guid AgencyId { get; set; }

    public WsOnboardingStage Stage { get; set; }

    public string ContactName { get; set; } = "";

    public string ContactEmail { get; set; } = "";

    public string ContactPhone { get; set; } = "";

    /// <summary>The agency's public addresses (one per line, addresses or CIDR), as on a client's allow-list.</summary>
    public string PublicAddresses { get; set; } = "";

    /// <summary>When BKN registered the public addresses (the production credentials wait for it).</summary>
    public DateTime? PublicIpRegisteredUtc { get; set; }

    public DateTime RequestedUtc { get; set; }

    public string RequestedBy { get; set; } = "";

    public string? RequestedByUserId { get; set; }

    /// <summary>When the current stage began: a stage that lasts too long gets a reminder.</summary>
    public DateTime StageChangedUtc { get; set; }

    public string? DecidedBy { get; set; }

    public string? DecidedByUserId { get; set; }

    public string? RefusalReason { get; set; }

    public string? TrainingClientId { get; set; }

    public string? ProductionClientId { get; set; }

    /// <summary>A new client's secret sealed with Data Protection until the agency reads it once; then cleared.</summary>
    public string? SealedTrainingSecret { get; set; }

    public string? SealedProductionSecret { get; set; }

    public int Reminders { get; set; }

    public DateTime? LastReminderUtc { get; set; }

    public int Version { get; set; }

    public bool IsOpen => Stage is not (WsOnboardingStage.Implementasi or WsOnboardingStage.Ditolak);
}

/// <summary>One line of an onboarding's history: a step taken, a reminder, a refusal.</summary>
public sealed class WsOnboardingEntry
{
    public long Id { get; set; }

    public Guid OnboardingId { get; set; }

    public DateTime AtUtc { get; set; }

    public string Actor { get; set; } = "";

    public string Text { get; set; } = "";
}
