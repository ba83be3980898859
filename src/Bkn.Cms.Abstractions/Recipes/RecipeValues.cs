namespace Bkn.Cms.Recipes;

/// <summary>Checks on the values of a typed step model (<see cref="RecipeStepContext.ToObject{T}"/>), with Indonesian messages.</summary>
public static class RecipeValues
{
    /// <summary>The value, or a <see cref="RecipeException"/> "{what}: "{property}" wajib diisi." when it is missing or empty.</summary>
    public static string Required(string? value, string property, string what) =>
        value is { Length: > 0 } ? value : throw new RecipeException($"{what}: \"{property}\" wajib diisi.");
}
