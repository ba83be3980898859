using System.Text.Json;

namespace Bkn.Cms.Recipes;

/// <summary>What a step receives: its JSON and its position in the recipe.</summary>
public sealed record RecipeStepContext(string RecipeName, int StepNumber, JsonElement Step, IServiceProvider Services);
