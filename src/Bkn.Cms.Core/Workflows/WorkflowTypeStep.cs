using System.Text.Json;
using Bkn.Cms.Recipes;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Workflows;

/// <summary>
/// <c>{"name":"WorkflowType","types":[{"workflowTypeId","name","isEnabled","singletonPerCorrelation","keepFinishedInstances","activities":[…],"transitions":[…]}]}</c>:
/// the same JSON as the admin export. A type whose definition did not change is left as it is; a changed one gets a new version.
/// </summary>
public sealed class WorkflowTypeStep : IRecipeStep
{
    public string Name => "WorkflowType";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var store = context.Services.GetRequiredService<WorkflowTypeStore>();
        foreach (var element in context.Step.Array("types"))
        {
            WorkflowTypeDefinition definition;
            try
            {
                definition = element.Deserialize<WorkflowTypeDefinition>(WorkflowTypeDefinition.JsonOptions) ?? throw new RecipeException("Definisi alur kerja kosong.");
            }
            catch (JsonException ex)
            {
                throw new RecipeException($"Definisi alur kerja tidak sah: {ex.Message}", ex);
            }

            try
            {
                await store.SaveAsync(definition, cancellationToken);
            }
            catch (WorkflowException ex)
            {
                throw new RecipeException($"Alur kerja '{definition.WorkflowTypeId}': {ex.Message}", ex);
            }
        }
    }
}
