using Bkn.Cms.Data;
using Bkn.Cms.Recipes.Models;
using Bkn.Cms.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Recipes;

/// <summary>
/// <c>{"name":"units","units":[{"code","name","kind","parent"?,"children":[…]}]}</c> — creates or updates units by code.
/// </summary>
public sealed class UnitsStep(TimeProvider time) : IRecipeStep
{
    public string Name => "units";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var db = context.Services.GetRequiredService<CmsDbContext>();
        foreach (var unit in context.ToObject<UnitsStepModel>().Units)
        {
            Guid? parentId = null;
            if (unit.Parent is { } parentCode)
            {
                parentId = await db.Units.Where(u => u.Code == parentCode).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken)
                    ?? throw new RecipeException($"Unit induk dengan kode '{parentCode}' tidak ditemukan.");
            }

            await UpsertAsync(db, unit, parentId, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await StateStamps.BumpAsync(db, StampNames.Units, cancellationToken);
    }

    private async Task UpsertAsync(CmsDbContext db, UnitModel unit, Guid? parentId, CancellationToken cancellationToken)
    {
        var code = RecipeValues.Required(unit.Code, "code", "Unit kerja");
        var name = RecipeValues.Required(unit.Name, "name", $"Unit kerja '{code}'");
        var row = db.Units.Local.FirstOrDefault(u => u.Code == code)
            ?? await db.Units.FirstOrDefaultAsync(u => u.Code == code, cancellationToken);
        if (row is null)
        {
            row = new UnitRecord { Id = Guid.NewGuid(), Code = code, CreatedUtc = time.GetUtcNow().UtcDateTime };
            db.Units.Add(row);
        }

        row.Name = name;
        row.Kind = unit.Kind ?? row.Kind;
        row.ParentId = parentId;
        foreach (var child in unit.Children)
        {
            await UpsertAsync(db, child, row.Id, cancellationToken);
        }
    }
}
