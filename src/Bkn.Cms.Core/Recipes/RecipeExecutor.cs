using System.Text.Json;
using Bkn.Cms.Data;
using Bkn.Cms.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Recipes;

/// <summary>
/// Runs a recipe: a JSON document with ordered steps. All steps run in one transaction: a failing step
/// rolls back the whole recipe and the error names the step. A <c>recipes</c> step includes module recipes
/// (<see cref="ModuleRecipes"/>) in place, in the same transaction.
/// </summary>
public sealed partial class RecipeExecutor(CmsDbContext db, IEnumerable<IRecipeStep> steps, ModuleRecipes moduleRecipes, IServiceProvider services, StateStamps stamps, ILogger<RecipeExecutor> logger)
{
    private readonly Dictionary<string, IRecipeStep> _steps = steps.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> StepNames => _steps.Keys;

    /// <summary>The step that includes module recipes: <c>{"name":"recipes","sampleData":true,"values":["helpdesk"]}</c>.</summary>
    public const string IncludeStepName = "recipes";

    internal static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public async Task ExecuteAsync(Stream json, CancellationToken cancellationToken, Func<CancellationToken, Task>? beforeCommit = null)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(json, DocumentOptions, cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new RecipeException($"Resep bukan JSON yang sah (baris {ex.LineNumber + 1}): {ex.Message}", ex);
        }

        using (document)
        {
            await ExecuteAsync(document.RootElement, cancellationToken, beforeCommit);
        }
    }

    public async Task ExecuteAsync(JsonElement recipe, CancellationToken cancellationToken, Func<CancellationToken, Task>? beforeCommit = null)
    {
        var included = new List<JsonDocument>();
        try
        {
            var planned = new List<PlannedStep>();
            var name = Plan(recipe, planned, included, [], new HashSet<string>(StringComparer.OrdinalIgnoreCase));
            await RunAsync(name, planned, cancellationToken, beforeCommit);
        }
        finally
        {
            foreach (var document in included)
            {
                document.Dispose();
            }
        }
    }

    /// <summary>Checks every step's name and expands <see cref="IncludeStepName"/> steps into the steps of the recipes they name.</summary>
    private string Plan(JsonElement recipe, List<PlannedStep> planned, List<JsonDocument> included, Stack<string> chain, HashSet<string> seen)
    {
        var name = recipe.OptionalString("name") ?? "(tanpa nama)";
        if (!recipe.TryGetProperty("steps", out var stepArray) || stepArray.ValueKind != JsonValueKind.Array)
        {
            throw new RecipeException($"Resep '{name}' tidak memiliki daftar \"steps\".");
        }

        seen.Add(name);
        chain.Push(name);
        var number = 0;
        foreach (var element in stepArray.EnumerateArray())
        {
            number++;
            var stepName = element.OptionalString("name")
                ?? throw new RecipeException($"Langkah {number} resep '{name}' tidak memiliki \"name\".");
            if (string.Equals(stepName, IncludeStepName, StringComparison.OrdinalIgnoreCase))
            {
                foreach (var module in Included(element, name, number))
                {
                    if (chain.Contains(module.Name, StringComparer.OrdinalIgnoreCase))
                    {
                        throw new RecipeException($"Langkah {number} resep '{name}': resep '{module.Name}' menyertakan dirinya sendiri.");
                    }

                    if (seen.Contains(module.Name))
                    {
                        continue;
                    }

                    using var stream = module.Open();
                    var document = JsonDocument.Parse(stream, DocumentOptions);
                    included.Add(document);
                    Plan(document.RootElement, planned, included, chain, seen);
                }

                continue;
            }

            if (!_steps.TryGetValue(stepName, out var step))
            {
                throw new RecipeException($"Langkah {number} resep '{name}': jenis langkah '{stepName}' tidak dikenal.");
            }

            planned.Add(new PlannedStep(name, number, step, element));
        }

        chain.Pop();
        return name;
    }

    /// <summary>The module recipes an include step names: every sample-data recipe and/or the listed ones, dependencies first.</summary>
    private IEnumerable<ModuleRecipe> Included(JsonElement element, string recipe, int number)
    {
        var names = element.StringArray("values");
        var result = new List<ModuleRecipe>();
        foreach (var name in names)
        {
            result.Add(moduleRecipes.Find(name) ?? throw new RecipeException($"Langkah {number} resep '{recipe}': resep modul '{name}' tidak ditemukan."));
        }

        var sampleData = element.OptionalBool("sampleData");
        return moduleRecipes.All.Where(r => result.Contains(r) || (sampleData && r.SampleData));
    }

    private async Task RunAsync(string name, List<PlannedStep> planned, CancellationToken cancellationToken, Func<CancellationToken, Task>? beforeCommit)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            foreach (var (recipeName, stepNumber, step, json) in planned)
            {
                try
                {
                    await step.ExecuteAsync(new RecipeStepContext(recipeName, stepNumber, json, services), cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    await transaction.RollbackAsync(CancellationToken.None);
                    db.ChangeTracker.Clear();
                    await stamps.ReloadAllAsync(CancellationToken.None);
                    // The message may quote recipe data (user names), so only the error type is logged.
                    LogFailed(logger, recipeName, stepNumber, step.Name, ex.GetType().Name);
                    throw new RecipeException($"Langkah {stepNumber} ({step.Name}) resep '{recipeName}' gagal: {ex.Message} Tidak ada perubahan yang disimpan.", ex);
                }
            }

            if (beforeCommit is not null)
            {
                await beforeCommit(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        LogApplied(logger, name, planned.Count);
        await stamps.CommittedAsync(cancellationToken);
    }

    private sealed record PlannedStep(string Recipe, int Number, IRecipeStep Step, JsonElement Json);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recipe {Recipe} applied ({Steps} steps)")]
    private static partial void LogApplied(ILogger logger, string recipe, int steps);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recipe {Recipe} failed at step {Step} ({StepName}) with {ErrorType}; rolled back")]
    private static partial void LogFailed(ILogger logger, string recipe, int step, string stepName, string errorType);
}
