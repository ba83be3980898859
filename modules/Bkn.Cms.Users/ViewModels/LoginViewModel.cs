using System.ComponentModel.DataAnnotations;

namespace Bkn.Cms.Users.ViewModels;

public sealed class LoginViewModel
{
    [Required(ErrorMessage = "Nama pengguna wajib diisi.")]
    [Display(Name = "Nama pengguna")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Kata sandi wajib diisi.")]
    [DataType(DataType.Password)]
    [Display(Name = "Kata sandi")]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}
