using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Localization;

/// <summary>Identity's validation messages in Indonesian (and English through the catalog).</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer t) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => E(nameof(DefaultError), "Terjadi kesalahan.");

    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "Kata sandi salah.");

    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), "Nama pengguna hanya boleh berisi huruf, angka dan tanda - . _ @");

    public override IdentityError InvalidEmail(string? email) => E(nameof(InvalidEmail), "Alamat surel tidak sah.");

    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), "Nama pengguna sudah dipakai.");

    public override IdentityError DuplicateEmail(string email) => E(nameof(DuplicateEmail), "Alamat surel sudah dipakai.");

    public override IdentityError InvalidRoleName(string? role) => E(nameof(InvalidRoleName), "Nama peran tidak sah.");

    public override IdentityError DuplicateRoleName(string role) => E(nameof(DuplicateRoleName), "Nama peran sudah dipakai.");

    public override IdentityError UserAlreadyInRole(string role) => E(nameof(UserAlreadyInRole), "Pengguna sudah memiliki peran ini.");

    public override IdentityError UserNotInRole(string role) => E(nameof(UserNotInRole), "Pengguna tidak memiliki peran ini.");

    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), "Kata sandi minimal {0} karakter.", length);

    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "Kata sandi harus memuat minimal satu simbol.");

    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "Kata sandi harus memuat minimal satu angka.");

    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "Kata sandi harus memuat minimal satu huruf kecil.");

    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "Kata sandi harus memuat minimal satu huruf besar.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => E(nameof(PasswordRequiresUniqueChars), "Kata sandi harus memuat minimal {0} karakter berbeda.", uniqueChars);

    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), "Data telah diubah oleh orang lain. Muat ulang dan coba lagi.");

    private IdentityError E(string code, string text, params object[] args) =>
        new() { Code = code, Description = args.Length == 0 ? t[text] : t[text, args] };
}
