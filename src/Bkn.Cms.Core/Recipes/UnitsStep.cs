using System.Text.Json;
using Bkn.Cms.Data;
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
        foreach (var unit in context.Step.Array("units"))
        {
            Guid? parentId = null;
            if (unit.OptionalString("parent") is { } parentCode)
            {
                parentId = await db.Units.Where(u => u.Code == parentCode).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken)
                    ?? throw new RecipeException($"Unit induk dengan kode '{parentCode}' tidak ditemukan.");
            }

            await UpsertAsync(db, unit, parentId, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await StateStamps.BumpAsync(db, StampNames.Units, cancellationToken);
    }

    private async Task UpsertAsync(CmsDbContext db, JsonElement unit, Guid? parentId, CancellationToken cancellationToken)
    {
        var code = unit.RequiredString("code", "Unit kerja");
        var name = unit.RequiredString("name", $"Unit kerja '{code}'");
        var row = db.Units.Local.FirstOrDefault(u => u.Code == code)
            ?? await db.Units.FirstOrDefaultAsync(u => u.Code == code, cancellationToken);
        if (row is null)
        {
            row = new UnitRecord { Id = Guid.NewGuid(), Code = code, CreatedUtc = time.GetUtcNow().UtcDateTime };
            db.Units.Add(row);
        }

        row.Name = name;
        row.Kind = unit.OptionalString("kind") ?? row.Kind;
        row.ParentId = parentId;
        foreach (var child in unit.Array("children"))
        {
            await UpsertAsync(db, child, row.Id, cancellationToken);
        }
    }
}
