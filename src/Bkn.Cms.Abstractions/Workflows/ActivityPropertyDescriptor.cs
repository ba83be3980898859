namespace Bkn.Cms.Workflows;

/// <summary>
/// One property of an activity as the designer shows it. <see cref="Label"/> and <see cref="Hint"/> are Indonesian
/// localisation keys; <see cref="Options"/> lists the allowed values of a <see cref="ActivityPropertyKind.Select"/>.
/// </summary>
public sealed record ActivityPropertyDescriptor(string Name, string Label, ActivityPropertyKind Kind = ActivityPropertyKind.Text, string? Hint = null, bool Required = false)
{
    public IReadOnlyList<string> Options { get; init; } = [];
}
