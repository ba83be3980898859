namespace Bkn.Cms.Navigation;

/// <summary>
/// A block of the public home page: the module's Razor partial (e.g. <c>Humas/_HomeBlock</c> for
/// <c>Views/Shared/Humas/_HomeBlock.cshtml</c>) rendered with <paramref name="Model"/>; lower <paramref name="Order"/> first.
/// </summary>
public sealed record HomeBlock(string PartialName, object? Model, int Order);
