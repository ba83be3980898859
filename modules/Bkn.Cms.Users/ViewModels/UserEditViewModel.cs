using System.ComponentModel.DataAnnotations;
using Bkn.Cms.Units;
using Bkn.Cms.Validation;

namespace Bkn.Cms.Users.ViewModels;

public sealed class UserEditViewModel
{
    public string? Id { get; set; }

    [Required(ErrorMessage = "Nama pengguna wajib diisi.")]
    [StringLength(64, ErrorMessage = "Nama pengguna paling panjang 64 karakter.")]
    [RegularExpression(@"^[a-zA-Z0-9._@-]+$", ErrorMessage = "Nama pengguna hanya boleh berisi huruf, angka dan tanda - . _ @")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Nama lengkap wajib diisi.")]
    [StringLength(200, ErrorMessage = "Nama lengkap paling panjang 200 karakter.")]
    public string DisplayName { get; set; } = "";

    [StrictEmailAddress(ErrorMessage = "Alamat surel tidak sah.")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Pilih unit kerja.")]
    public Guid? UnitId { get; set; }

    public List<string> Roles { get; set; } = [];

    public bool IsActive { get; set; } = true;

    /// <summary>Required for a new user; for an existing user, filling it resets the password.</summary>
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    public IReadOnlyList<UnitInfo> AvailableUnits { get; set; } = [];

    public IReadOnlyList<string> AvailableRoles { get; set; } = [];

    public bool IsLockedOut { get; set; }
}
