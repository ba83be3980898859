using System.ComponentModel.DataAnnotations;

namespace Bkn.Cms.Users.ViewModels;

public sealed class ChangePasswordViewModel
{
    [Required(ErrorMessage = "Kata sandi lama wajib diisi.")]
    [DataType(DataType.Password)]
    [Display(Name = "Kata sandi lama")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Kata sandi baru wajib diisi.")]
    [DataType(DataType.Password)]
    [Display(Name = "Kata sandi baru")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Ulangi kata sandi baru.")]
    [DataType(DataType.Password)]
    [Compare(nameof(NewPassword), ErrorMessage = "Ulangan kata sandi tidak sama.")]
    [Display(Name = "Ulangi kata sandi baru")]
    public string ConfirmPassword { get; set; } = "";
}
