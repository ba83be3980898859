using System.Text.Json;
using Bkn.Cms.Data;
using Bkn.Cms.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Bkn.Cms.Recipes;

/// <summary>
/// Runs a recipe: a JSON document with ordered steps. All steps run in one transaction: a failing step
/// rolls back the whole recipe and the error names the step.
/// </summary>
public sealed partial class RecipeExecutor(CmsDbContext db, IEnumerable<IRecipeStep> steps, IServiceProvider services, StateStamps stamps, ILogger<RecipeExecutor> logger)
{
    private readonly Dictionary<string, IRecipeStep> _steps = steps.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> StepNames => _steps.Keys;

    public async Task ExecuteAsync(Stream json, CancellationToken cancellationToken, Func<CancellationToken, Task>? beforeCommit = null)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }, cancellationToken);
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
        var name = recipe.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "(tanpa nama)";
        if (!recipe.TryGetProperty("steps", out var stepArray) || stepArray.ValueKind != JsonValueKind.Array)
        {
            throw new RecipeException($"Resep '{name}' tidak memiliki daftar \"steps\".");
        }

        var planned = new List<(int Number, IRecipeStep Step, JsonElement Json)>();
        var number = 0;
        foreach (var element in stepArray.EnumerateArray())
        {
            number++;
            var stepName = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("name", out var sn) && sn.ValueKind == JsonValueKind.String ? sn.GetString() : null;
            if (stepName is null)
            {
                throw new RecipeException($"Langkah {number} resep '{name}' tidak memiliki \"name\".");
            }

            if (!_steps.TryGetValue(stepName, out var step))
            {
                throw new RecipeException($"Langkah {number} resep '{name}': jenis langkah '{stepName}' tidak dikenal.");
            }

            planned.Add((number, step, element));
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            foreach (var (stepNumber, step, json) in planned)
            {
                try
                {
                    await step.ExecuteAsync(new RecipeStepContext(name, stepNumber, json, services), cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    await transaction.RollbackAsync(CancellationToken.None);
                    db.ChangeTracker.Clear();
                    await stamps.ReloadAllAsync(CancellationToken.None);
                    // The message may quote recipe data (user names), so only the error type is logged.
                    LogFailed(logger, name, stepNumber, step.Name, ex.GetType().Name);
                    throw new RecipeException($"Langkah {stepNumber} ({step.Name}) resep '{name}' gagal: {ex.Message} Tidak ada perubahan yang disimpan.", ex);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Recipe {Recipe} applied ({Steps} steps)")]
    private static partial void LogApplied(ILogger logger, string recipe, int steps);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recipe {Recipe} failed at step {Step} ({StepName}) with {ErrorType}; rolled back")]
    private static partial void LogFailed(ILogger logger, string recipe, int step, string stepName, string errorType);
}
