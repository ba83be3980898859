using Microsoft.AspNetCore.Authorization;

namespace Bkn.Cms.Security;

/// <summary>
/// Marks an /api endpoint as a deliberate public feed (e.g. the JDIHN harvest): the admin/API guard lets anonymous
/// callers through. Apply it as an attribute or with <c>.WithMetadata(new AllowAnonymousApiAttribute())</c>; it also
/// satisfies <see cref="IAllowAnonymous"/> for the authorization middleware. Say in the endpoint's comment why it is public.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class AllowAnonymousApiAttribute : Attribute, IAllowAnonymous
{
}
