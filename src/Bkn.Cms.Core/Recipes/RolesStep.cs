using Bkn.Cms.Data;
using Bkn.Cms.Recipes.Models;
using Bkn.Cms.Security;
using Bkn.Cms.State;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Recipes;

/// <summary>
/// <c>{"name":"roles","roles":[{"name","description","system"?,"stereotypes"?:true,"permissions":["Name" | {"name","scope":"AllUnits"}]}]}</c>.
/// A role's grants become exactly the listed permissions plus the modules' stereotypes for that role name.
/// </summary>
public sealed class RolesStep(IEnumerable<IPermissionProvider> providers) : IRecipeStep
{
    public string Name => "roles";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var db = context.Services.GetRequiredService<CmsDbContext>();
        var roleManager = context.Services.GetRequiredService<RoleManager<CmsRole>>();
        var declared = providers.SelectMany(p => p.GetPermissions()).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var stereotypes = providers.SelectMany(p => p.GetDefaultStereotypes()).ToList();

        foreach (var role in context.ToObject<RolesStepModel>().Roles)
        {
            var name = RecipeValues.Required(role.Name, "name", "Peran");
            var entity = await roleManager.FindByNameAsync(name);
            if (entity is null)
            {
                entity = new CmsRole { Name = name };
                Check(await roleManager.CreateAsync(entity), name);
            }

            entity.Description = role.Description ?? entity.Description;
            entity.IsSystem = role.System ?? entity.IsSystem;
            Check(await roleManager.UpdateAsync(entity), name);

            var grants = new Dictionary<string, PermissionScope>(StringComparer.Ordinal);
            if (role.Stereotypes)
            {
                foreach (var stereotype in stereotypes.Where(s => string.Equals(s.RoleName, name, StringComparison.OrdinalIgnoreCase)))
                {
                    foreach (var permission in stereotype.Permissions)
                    {
                        grants[permission.Name] = Max(grants.GetValueOrDefault(permission.Name), stereotype.Scope);
                    }
                }
            }

            foreach (var permission in role.Permissions)
            {
                var permissionName = RecipeValues.Required(permission.Name, "name", $"Izin peran '{name}'");
                var scope = ParseScope(permission.Scope);
                if (!declared.Contains(permissionName))
                {
                    throw new RecipeException($"Peran '{name}': izin '{permissionName}' tidak dikenal.");
                }

                grants[permissionName] = Max(grants.GetValueOrDefault(permissionName), scope);
            }

            var existing = await db.RolePermissions.Where(p => p.RoleId == entity.Id).ToListAsync(cancellationToken);
            db.RolePermissions.RemoveRange(existing.Where(e => !grants.ContainsKey(e.Permission)));
            foreach (var (permissionName, scope) in grants)
            {
                var row = existing.FirstOrDefault(e => e.Permission == permissionName);
                if (row is null)
                {
                    db.RolePermissions.Add(new RolePermissionRecord { RoleId = entity.Id, Permission = permissionName, Scope = scope });
                }
                else
                {
                    row.Scope = scope;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await StateStamps.BumpAsync(db, StampNames.Security, cancellationToken);
    }

    private static PermissionScope Max(PermissionScope a, PermissionScope b) => a > b ? a : b;

    private static PermissionScope ParseScope(string? scope) => scope switch
    {
        null or "OwnUnit" => PermissionScope.OwnUnit,
        "AllUnits" => PermissionScope.AllUnits,
        _ => throw new RecipeException($"Cakupan izin '{scope}' tidak dikenal (gunakan OwnUnit atau AllUnits)."),
    };

    private static void Check(IdentityResult result, string role)
    {
        if (!result.Succeeded)
        {
            throw new RecipeException($"Peran '{role}': {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
