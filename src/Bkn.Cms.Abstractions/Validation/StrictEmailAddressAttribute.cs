using System.ComponentModel.DataAnnotations;

namespace Bkn.Cms.Validation;

/// <summary>Validates a form field with <see cref="EmailAddressRules"/>; an empty value passes (pair it with Required).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class StrictEmailAddressAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) =>
        value is null || (value is string text && (text.Length == 0 || EmailAddressRules.IsValid(text.Trim())));
}
