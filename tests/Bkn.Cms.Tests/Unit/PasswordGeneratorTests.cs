using Bkn.Cms.Data;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Bkn.Cms.Tests.Unit;

public sealed class PasswordGeneratorTests
{
    [Fact]
    public async Task Generated_passwords_pass_the_platform_password_policy_and_differ()
    {
        var options = Options.Create(new IdentityOptions());
        options.Value.Password.RequiredLength = 10;
        var manager = new UserManager<CmsUser>(new NullStore(), options, new PasswordHasher<CmsUser>(), [], [new PasswordValidator<CmsUser>()], null!, new IdentityErrorDescriber(), null!, null!);
        var passwords = Enumerable.Range(0, 50).Select(_ => PasswordGenerator.Generate()).ToList();

        foreach (var password in passwords)
        {
            var result = await new PasswordValidator<CmsUser>().ValidateAsync(manager, new CmsUser(), password);
            Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Code)));
        }

        Assert.Equal(passwords.Count, passwords.Distinct().Count());
    }

    private sealed class NullStore : IUserStore<CmsUser>
    {
        public Task<IdentityResult> CreateAsync(CmsUser user, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IdentityResult> DeleteAsync(CmsUser user, CancellationToken cancellationToken) => throw new NotSupportedException();

        public void Dispose()
        {
        }

        public Task<CmsUser?> FindByIdAsync(string userId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<CmsUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<string?> GetNormalizedUserNameAsync(CmsUser user, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<string> GetUserIdAsync(CmsUser user, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<string?> GetUserNameAsync(CmsUser user, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task SetNormalizedUserNameAsync(CmsUser user, string? normalizedName, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task SetUserNameAsync(CmsUser user, string? userName, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IdentityResult> UpdateAsync(CmsUser user, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
