namespace Bkn.Cms.Data;

/// <summary>A data-protection key ring entry, shared by every node using the database.</summary>
public sealed class DataProtectionKeyRecord
{
    public int Id { get; set; }

    public string FriendlyName { get; set; } = "";

    public string Xml { get; set; } = "";
}
