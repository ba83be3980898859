using Bkn.Cms.Data;
using Bkn.Cms.Recipes.Models;
using Bkn.Cms.Security;
using Bkn.Cms.State;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Recipes;

/// <summary>
/// <c>{"name":"users","users":[{"userName","displayName","email","unit":"CODE","roles":[…],"passwordEnvironmentVariable":"BKN_ADMIN_PASSWORD"}]}</c>.
/// A new user gets the password from the named environment variable, or a generated one printed once to the console.
/// An existing user keeps its password; unit, name and roles are brought in line.
/// </summary>
public sealed class UsersStep(TimeProvider time) : IRecipeStep
{
    public string Name => "users";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var db = context.Services.GetRequiredService<CmsDbContext>();
        var users = context.Services.GetRequiredService<UserManager<CmsUser>>();
        foreach (var spec in context.ToObject<UsersStepModel>().Users)
        {
            var userName = RecipeValues.Required(spec.UserName, "userName", "Pengguna");
            Guid? unitId = null;
            if (spec.Unit is { } code)
            {
                unitId = await db.Units.Where(u => u.Code == code).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken)
                    ?? throw new RecipeException($"Pengguna '{userName}': unit '{code}' tidak ditemukan.");
            }

            var user = await users.FindByNameAsync(userName);
            if (user is null)
            {
                user = new CmsUser { UserName = userName, CreatedUtc = time.GetUtcNow().UtcDateTime };
                Apply(user, spec.DisplayName, spec.Email, unitId);
                var (password, generated) = PasswordFor(spec.PasswordEnvironmentVariable, spec.Password);
                Check(await users.CreateAsync(user, password), userName);
                if (generated)
                {
                    // Shown once on the console, never logged: it is the only way to learn the generated password.
                    Console.WriteLine($"""

                        ==============================================================
                         Pengguna '{userName}' dibuat dengan kata sandi: {password}
                         Simpan sekarang; kata sandi ini tidak akan ditampilkan lagi.
                        ==============================================================

                        """);
                }
            }
            else
            {
                Apply(user, spec.DisplayName, spec.Email, unitId);
                Check(await users.UpdateAsync(user), userName);
            }

            var wanted = spec.Roles;
            var current = await users.GetRolesAsync(user);
            var missing = wanted.Except(current, StringComparer.OrdinalIgnoreCase).ToList();
            if (missing.Count > 0)
            {
                Check(await users.AddToRolesAsync(user, missing), userName);
            }

            var extra = current.Except(wanted, StringComparer.OrdinalIgnoreCase).ToList();
            if (extra.Count > 0)
            {
                Check(await users.RemoveFromRolesAsync(user, extra), userName);
            }
        }

        await StateStamps.BumpAsync(db, StampNames.Security, cancellationToken);
    }

    private static void Apply(CmsUser user, string? displayName, string? email, Guid? unitId)
    {
        user.DisplayName = displayName ?? user.DisplayName;
        user.Email = email ?? user.Email;
        user.UnitId = unitId ?? user.UnitId;
    }

    private static (string Password, bool Generated) PasswordFor(string? environmentVariable, string? literal)
    {
        if (environmentVariable is not null && Environment.GetEnvironmentVariable(environmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return (fromEnvironment, false);
        }

        return literal is { Length: > 0 } ? (literal, false) : (PasswordGenerator.Generate(), true);
    }

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new RecipeException($"Pengguna '{userName}': {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
