namespace Bkn.Cms.Recipes;

/// <summary>A recipe that cannot be applied; the message names the step and is shown to the user.</summary>
public sealed class RecipeException : Exception
{
    public RecipeException(string message)
        : base(message)
    {
    }

    public RecipeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RecipeException()
    {
    }
}
