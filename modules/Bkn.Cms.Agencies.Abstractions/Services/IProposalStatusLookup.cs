namespace Bkn.Cms.Agencies;

/// <summary>
/// The status of a KP (promotion) or pension proposal by its number, for the web service's <c>GET /usulan/{nomor}</c>.
/// Implemented by the module that keeps the proposals (Kepegawaian); absent when that module is not enabled.
/// </summary>
public interface IProposalStatusLookup
{
    /// <summary>The proposal numbered <paramref name="number"/> of <paramref name="agencyId"/>; null when unknown or another agency's.</summary>
    Task<ProposalStatusInfo?> FindAsync(string number, Guid agencyId, CancellationToken cancellationToken = default);
}

/// <summary>
/// A proposal's public status. <see cref="Kind"/> is <c>KP</c> or <c>PENSIUN</c>; <see cref="Automatic"/> tells the
/// automatic (KPO/PPO) proposals from regular ones; <see cref="StatusCode"/> is BKN's verification code (DRAF, DIAJUKAN,
/// BTL, BTS, TMS, MS, PERTEK, SELESAI) and <see cref="StatusLabel"/> its Indonesian text.
/// </summary>
public sealed record ProposalStatusInfo(
    string Number,
    Guid AgencyId,
    string Kind,
    bool Automatic,
    string Nip,
    DateOnly Period,
    string StatusCode,
    string StatusLabel,
    DateTime? SubmittedUtc,
    DateTime? DecidedUtc,
    string? PertekNumber,
    string? SkNumber);
