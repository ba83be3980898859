namespace Bkn.Cms.Recipes;

/// <summary>A named recipe step. It runs inside the recipe's transaction and must be idempotent.</summary>
public interface IRecipeStep
{
    string Name { get; }

    Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken);
}
