using Bkn.Cms.Agencies;
using Bkn.Cms.Kepegawaian.Models;
using Bkn.Cms.Kepegawaian.Rules;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Kepegawaian.Services;

/// <summary>
/// The web service's view of a proposal (<see cref="IProposalStatusLookup"/>): its status by number, within the caller's
/// agency only; a draft the agency has not submitted yet is reported too (status DRAF).
/// </summary>
public sealed class ProposalStatusLookup(DbContext db) : IProposalStatusLookup
{
    public async Task<ProposalStatusInfo?> FindAsync(string number, Guid agencyId, CancellationToken cancellationToken = default)
    {
        var key = (number ?? "").Trim().ToUpperInvariant();
        var usulan = await db.Set<KpoUsulan>().AsNoTracking()
            .Where(u => u.Nomor == key && u.AgencyId == agencyId)
            .FirstOrDefaultAsync(cancellationToken);
        return usulan is null ? null : new ProposalStatusInfo(
            usulan.Nomor,
            usulan.AgencyId,
            Checklists.IsKp(usulan.Jenis) ? "KP" : "PENSIUN",
            Checklists.IsOtomatis(usulan.Jenis),
            usulan.Nip,
            usulan.Period,
            UsulanStateMachine.Code(usulan.Status),
            UsulanStateMachine.Label(usulan.Status),
            usulan.SubmittedUtc,
            usulan.DecidedUtc,
            usulan.PertekNomor,
            usulan.SkNomor);
    }
}
