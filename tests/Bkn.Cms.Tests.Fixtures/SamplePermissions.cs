using Bkn.Cms.Security;

namespace Bkn.Cms.Tests.Fixtures;

public sealed class SamplePermissions : IPermissionProvider
{
    public const string UseSampleName = "UseSample";

    public static readonly Permission UseSample = new(UseSampleName, "Memakai contoh", "Pengujian");

    public IEnumerable<Permission> GetPermissions() => [UseSample];
}
