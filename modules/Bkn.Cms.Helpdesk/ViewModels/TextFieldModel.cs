namespace Bkn.Cms.Helpdesk.ViewModels;

/// <summary>One labelled text input of a public form.</summary>
public sealed record TextFieldModel(string Name, string Label, string? Value, string? Error, bool Required, string Type, string? InputMode, int MaxLength, string? Help);
