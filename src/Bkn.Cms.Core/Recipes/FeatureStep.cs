using Bkn.Cms.Data;
using Bkn.Cms.Features;
using Bkn.Cms.Recipes.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Recipes;

/// <summary>
/// <c>{"name":"feature","enable":[…],"disable":[…],"units":[{"unit":"CODE","enable":[…],"disable":[…]}]}</c>
/// </summary>
public sealed class FeatureStep : IRecipeStep
{
    public string Name => "feature";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var manager = context.Services.GetRequiredService<FeatureManager>();
        var db = context.Services.GetRequiredService<CmsDbContext>();
        var step = context.ToObject<FeatureStepModel>();

        await manager.EnableAsync(step.Enable, cancellationToken);
        await manager.DisableAsync(step.Disable, cancellationToken);

        foreach (var unitSwitch in step.Units)
        {
            var code = RecipeValues.Required(unitSwitch.Unit, "unit", "Pengaturan fitur per unit");
            var unitId = await db.Units.Where(u => u.Code == code).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken)
                ?? throw new RecipeException($"Unit dengan kode '{code}' tidak ditemukan.");
            foreach (var id in unitSwitch.Enable)
            {
                await manager.SetForUnitAsync(unitId, id, true, cancellationToken);
            }

            foreach (var id in unitSwitch.Disable)
            {
                await manager.SetForUnitAsync(unitId, id, false, cancellationToken);
            }
        }
    }
}
