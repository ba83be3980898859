using Bkn.Cms.Agencies;
using Bkn.Cms.Recipes;
using Bkn.Cms.Sapk.Models;
using Bkn.Cms.Sapk.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bkn.Cms.Sapk.Recipes;

/// <summary>
/// Recipe step "SapkSample": confirmed sample figures for three periods spread over the agencies of the registry
/// (<see cref="SapkSampleData"/>). Idempotent: it does nothing once any period exists.
/// </summary>
public sealed class SapkSampleStep(DbContext db, IAgencyDirectory directory, SapkFigureStore store, IOptions<SapkOptions> options) : IRecipeStep
{
    /// <summary>The state stamp of the agency registry (the Agencies module's cache of <see cref="IAgencyDirectory"/>).</summary>

    public string Name => "SapkSample";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (await db.Set<SapkPeriod>().AnyAsync(cancellationToken))
        {
            return;
        }

        // On a new site the registry was written earlier in this same, uncommitted recipe transaction.
        var snapshot = await directory.ReloadThroughAsync(db, cancellationToken);
        var records = SapkSampleData.Generate(snapshot.All, options.Value.ModuleList);
        if (records.Count > 0)
        {
            await store.ReplaceAsync(records, SapkSource.Sample, confirm: true, "sistem", null, cancellationToken);
        }
    }
}
