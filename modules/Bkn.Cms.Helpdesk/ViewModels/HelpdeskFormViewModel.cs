using Bkn.Cms.Helpdesk.Models;

namespace Bkn.Cms.Helpdesk.ViewModels;

/// <summary>A category's public form with its captcha and any errors.</summary>
public sealed record HelpdeskFormViewModel(
    HelpdeskCategory Category,
    HelpdeskFormInput Input,
    string CaptchaQuestion,
    string CaptchaToken,
    IReadOnlyDictionary<string, string> Errors)
{
    public IReadOnlyList<FormField> Fields => HelpdeskForms.Fields(Category.Form);
}
