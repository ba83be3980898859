namespace Bkn.Cms.Recipes.Models;

/// <summary>The JSON of <see cref="ContentStep"/>.</summary>
public sealed class ContentStepModel
{
    public List<ContentItemModel> Data { get; init; } = [];
}
