using Bkn.Cms.Kepegawaian.Models;
using Bkn.Cms.Kepegawaian.Rules;
using Bkn.Cms.Pkt;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Kepegawaian.Services;

/// <summary>The visitor's KP and pension dossiers (usulan) for the PKT counter console, found by NIP.</summary>
public sealed class PktDossierLinks(DbContext db) : IPktCaseLinkSource
{
    public async Task<IReadOnlyList<PktCaseLink>> FindByNipAsync(string nip, CancellationToken cancellationToken)
    {
        var rows = await db.Set<KpoUsulan>().AsNoTracking()
            .Where(u => u.Nip == nip)
            .OrderByDescending(u => u.CreatedUtc).Take(5)
            .Select(u => new { u.Nomor, u.Jenis, u.Status })
            .ToListAsync(cancellationToken);
        return rows.Select(r =>
        {
            var kind = r.Jenis is JenisUsulan.KpReguler or JenisUsulan.KpOtomatis ? "Usulan kenaikan pangkat" : "Usulan pensiun";
            return new PktCaseLink(kind, r.Nomor, $"{kind} {r.Nomor}", $"{KepegawaianRoutes.Admin}/usulan/{Uri.EscapeDataString(r.Nomor)}");
        }).ToList();
    }
}
