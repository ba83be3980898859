using System.ComponentModel.DataAnnotations;

namespace Bkn.Cms.Units.ViewModels;

public sealed class UnitEditViewModel
{
    public Guid? Id { get; set; }

    [Required(ErrorMessage = "Kode unit wajib diisi.")]
    [StringLength(64, ErrorMessage = "Kode unit paling panjang 64 karakter.")]
    [RegularExpression(@"^[A-Za-z0-9._-]+$", ErrorMessage = "Kode unit hanya boleh berisi huruf, angka dan tanda - . _")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Nama unit wajib diisi.")]
    [StringLength(300, ErrorMessage = "Nama unit paling panjang 300 karakter.")]
    public string Name { get; set; } = "";

    [StringLength(64, ErrorMessage = "Jenis unit paling panjang 64 karakter.")]
    public string? Kind { get; set; }

    public Guid? ParentId { get; set; }

    public IReadOnlyList<UnitInfo> AvailableParents { get; set; } = [];
}
