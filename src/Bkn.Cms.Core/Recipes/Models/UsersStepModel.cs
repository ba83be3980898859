namespace Bkn.Cms.Recipes.Models;

/// <summary>The JSON of <see cref="UsersStep"/>.</summary>
public sealed class UsersStepModel
{
    public List<UserModel> Users { get; init; } = [];
}
