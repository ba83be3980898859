using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bkn.Cms.Recipes;

/// <summary>What a step receives: its JSON and its position in the recipe.</summary>
public sealed record RecipeStepContext(string RecipeName, int StepNumber, JsonElement Step, IServiceProvider Services)
{
    /// <summary>How step JSON maps to models: camelCase or PascalCase properties, enums by name, comments allowed.</summary>
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>
    /// The step read into its typed model (a class with the step's properties); a value of the wrong shape is a
    /// <see cref="RecipeException"/> naming the property, so a step never parses JSON by hand.
    /// </summary>
    public T ToObject<T>() where T : new()
    {
        try
        {
            return Step.Deserialize<T>(JsonOptions) ?? new T();
        }
        catch (JsonException ex)
        {
            // The serializer's own message is English and names .NET types; the JSON path is what the author needs.
            throw new RecipeException($"Isi langkah tidak sesuai bentuknya di {ex.Path ?? "$"}.", ex);
        }
    }
}
