namespace Bkn.Cms.Recipes.Models;

/// <summary>A user of a <see cref="UsersStep"/>.</summary>
public sealed class UserModel
{
    public string? UserName { get; init; }

    public string? DisplayName { get; init; }

    public string? Email { get; init; }

    /// <summary>Code of the user's unit.</summary>
    public string? Unit { get; init; }

    public List<string> Roles { get; init; } = [];

    /// <summary>Environment variable holding the password of a new user; a generated one is printed when it is empty.</summary>
    public string? PasswordEnvironmentVariable { get; init; }

    public string? Password { get; init; }
}
