namespace Bkn.Cms.ModulContoh.Models;

/// <summary>The content types the module defines.</summary>
public static class ModulContohTypes
{
    public const string ModulContoh = "ModulContoh";
}
