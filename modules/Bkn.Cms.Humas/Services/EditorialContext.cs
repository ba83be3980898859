namespace Bkn.Cms.Humas.Services;

/// <summary>Per-request flag: the editorial service is publishing an approved version itself.</summary>
public sealed class EditorialContext
{
    public bool Publishing { get; set; }
}
