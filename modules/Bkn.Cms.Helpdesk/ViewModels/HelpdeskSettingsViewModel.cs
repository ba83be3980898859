using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.Settings;

namespace Bkn.Cms.Helpdesk.ViewModels;

/// <summary>
/// The settings page: every category and team, the teams the user manages (their categories are editable, and only
/// they can be chosen), and whether the user may change the settings that apply to every unit.
/// </summary>
public sealed record HelpdeskSettingsViewModel(
    IReadOnlyList<HelpdeskCategory> Categories,
    IReadOnlyList<HelpdeskTeam> Teams,
    IReadOnlySet<string> ManagedTeamIds,
    bool CanChangeGlobal,
    ISiteSettings Settings,
    bool Saved,
    IReadOnlyList<string> Errors);
