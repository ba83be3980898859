using System.ComponentModel.DataAnnotations;
using Bkn.Cms.Security;

namespace Bkn.Cms.Users.ViewModels;

public sealed class RoleEditViewModel
{
    public string? Id { get; set; }

    [Required(ErrorMessage = "Nama peran wajib diisi.")]
    [StringLength(100, ErrorMessage = "Nama peran paling panjang 100 karakter.")]
    public string Name { get; set; } = "";

    [StringLength(500, ErrorMessage = "Keterangan paling panjang 500 karakter.")]
    public string? Description { get; set; }

    public bool IsSystem { get; set; }

    /// <summary>Permission name → "" (none), "OwnUnit" or "AllUnits".</summary>
    public Dictionary<string, string> Grants { get; set; } = [];

    public IReadOnlyList<Permission> AvailablePermissions { get; set; } = [];

    /// <summary>What the editor may grant: choices beyond it are not offered.</summary>
    public GrantLimits Limits { get; set; } = GrantLimits.Nothing;
}
