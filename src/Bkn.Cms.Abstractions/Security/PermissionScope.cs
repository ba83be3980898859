namespace Bkn.Cms.Security;

/// <summary>How far a role's grant of a permission reaches.</summary>
public enum PermissionScope
{
    /// <summary>The user's own unit and its subtree.</summary>
    OwnUnit = 0,

    /// <summary>Every unit.</summary>
    AllUnits = 1,
}
