using System.Text.Json;
using Bkn.Cms.Data;
using Bkn.Cms.Features;
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
        var step = context.Step;

        await manager.EnableAsync(step.StringArray("enable"), cancellationToken);
        await manager.DisableAsync(step.StringArray("disable"), cancellationToken);

        foreach (var unitSwitch in step.Array("units"))
        {
            var code = unitSwitch.RequiredString("unit", "Pengaturan fitur per unit");
            var unitId = await db.Units.Where(u => u.Code == code).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken)
                ?? throw new RecipeException($"Unit dengan kode '{code}' tidak ditemukan.");
            foreach (var id in unitSwitch.StringArray("enable"))
            {
                await manager.SetForUnitAsync(unitId, id, true, cancellationToken);
            }

            foreach (var id in unitSwitch.StringArray("disable"))
            {
                await manager.SetForUnitAsync(unitId, id, false, cancellationToken);
            }
        }
    }
}
