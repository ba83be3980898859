using Microsoft.AspNetCore.Http;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Contents.Fields;
using Bkn.Cms.Contents.ViewModels;
using Bkn.Cms.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Contents.Controllers;

/// <summary>Admin "Tipe Konten": create and change content types (parts, fields, settings) without a release.</summary>
[RequirePermission(Permissions.ManageContentTypesName)]
[Route("admin/tipe-konten")]
public sealed partial class ContentTypesController(IContentDefinitionStore definitions, IEnumerable<ContentPartDescriptor> parts, IEnumerable<ContentFieldDescriptor> fieldTypes, IStringLocalizer t) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(definitions.ListTypes());

    [HttpGet("baru")]
    public IActionResult Create() => View("Edit", Fill(new ContentTypeEditViewModel { IsNew = true, Parts = ["TitlePart", "AutoroutePart", "BodyPart"] }));

    [HttpGet("{name}")]
    public IActionResult Edit(string name)
    {
        if (definitions.GetType(name) is not { } type)
        {
            return NotFound();
        }

        var own = type.Part(type.Name);
        return View(Fill(new ContentTypeEditViewModel
        {
            Name = type.Name,
            DisplayName = type.DisplayName,
            Creatable = type.Settings.Creatable,
            Listable = type.Settings.Listable,
            Draftable = type.Settings.Draftable,
            Versionable = type.Settings.Versionable,
            Securable = type.Settings.Securable,
            Searchable = type.Settings.Searchable,
            Parts = [.. type.Parts.Where(p => p.Name != type.Name).Select(p => p.PartName)],
            Fields = [.. (own?.Fields ?? []).Select(f => new ContentFieldInput
            {
                Name = f.Name,
                FieldType = f.FieldType,
                DisplayName = f.DisplayName,
                Required = f.Required,
                Options = string.Join("; ", fieldTypes.Describe(f.FieldType).OptionsSetting is { } key && f.Settings?[key] is JsonArray a ? a.Select(n => n?.ToString()) : []),
                Multiple = f.Settings?["Multiple"] is JsonValue m && m.TryGetValue<bool>(out var b) && b,
            })],
        }));
    }

    [HttpPost("baru")]
    public Task<IActionResult> Create(ContentTypeEditViewModel model, CancellationToken cancellationToken)
    {
        model.IsNew = true;
        return SaveAsync(model, cancellationToken);
    }

    [HttpPost("{name}")]
    public Task<IActionResult> Edit(string name, ContentTypeEditViewModel model, CancellationToken cancellationToken)
    {
        model.Name = name;
        return SaveAsync(model, cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(ContentTypeEditViewModel model, CancellationToken cancellationToken)
    {
        model.Name = model.Name.Trim();
        model.DisplayName = model.DisplayName.Trim();
        model.Fields = [.. model.Fields.Where(f => !string.IsNullOrWhiteSpace(f.Name)).Select(f => { f.Name = f.Name.Trim(); f.DisplayName = f.DisplayName.Trim(); return f; })];
        Validate(model);
        if (model.Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Edit", Fill(model));
        }

        var partDefinitions = model.Parts.Distinct().Select(p => new ContentTypePartDefinition(p, p, [])).ToList();
        if (model.Fields.Count > 0)
        {
            var previous = definitions.GetType(model.Name)?.Part(model.Name)?.Fields ?? [];
            partDefinitions.Add(new ContentTypePartDefinition(model.Name, model.Name, [.. model.Fields.Select(f => new ContentFieldDefinition(f.Name, f.FieldType, string.IsNullOrEmpty(f.DisplayName) ? f.Name : f.DisplayName)
            {
                Required = f.Required,
                Settings = FieldSettings(f, previous.FirstOrDefault(p => p.Name == f.Name && p.FieldType == f.FieldType)?.Settings),
            })]));
        }

        var settings = new ContentTypeSettings { Creatable = model.Creatable, Listable = model.Listable, Draftable = model.Draftable, Versionable = model.Versionable, Securable = model.Securable, Searchable = model.Searchable };
        await definitions.SaveTypeAsync(new ContentTypeDefinition(model.Name, model.DisplayName, settings, partDefinitions), cancellationToken);
        TempData["Success"] = t["Tipe konten {0} disimpan.", model.DisplayName].Value;
        return Redirect("/admin/tipe-konten");
    }

    /// <summary>The settings the form edits, over the ones it does not (kept from the stored definition).</summary>
    private JsonObject? FieldSettings(ContentFieldInput input, JsonObject? previous)
    {
        var descriptor = fieldTypes.Describe(input.FieldType);
        var settings = previous?.DeepClone() as JsonObject ?? [];
        foreach (var key in fieldTypes.Select(f => f.OptionsSetting).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            settings.Remove(key);
        }

        var options = input.Options.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (options.Length > 0 && descriptor.OptionsSetting is { } optionsKey)
        {
            settings[optionsKey] = new JsonArray([.. options.Select(o => (JsonNode?)JsonValue.Create(o))]);
        }

        if (descriptor.ValueKind is ContentFieldValueKind.ContentItems or ContentFieldValueKind.References)
        {
            settings["Multiple"] = input.Multiple;
        }
        else
        {
            settings.Remove("Multiple");
        }

        return settings.Count == 0 ? null : settings;
    }

    private void Validate(ContentTypeEditViewModel model)
    {
        if (!Identifier().IsMatch(model.Name))
        {
            model.Errors["Name"] = t["Nama teknis harus diawali huruf besar dan hanya berisi huruf dan angka, misalnya SiaranPers."];
        }
        else if (model.IsNew && definitions.GetType(model.Name) is not null)
        {
            model.Errors["Name"] = t["Tipe konten {0} sudah ada.", model.Name];
        }

        if (model.DisplayName.Length is 0 or > 100)
        {
            model.Errors["DisplayName"] = t["Nama tampilan wajib diisi (paling panjang 100 karakter)."];
        }

        var known = parts.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        if (model.Parts.Any(p => !known.Contains(p)))
        {
            model.Errors["Parts"] = t["Ada bagian yang tidak dikenal."];
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in model.Fields)
        {
            if (!Identifier().IsMatch(field.Name) || !seen.Add(field.Name))
            {
                model.Errors["Fields"] = t["Nama isian harus unik, diawali huruf besar dan hanya berisi huruf dan angka: {0}.", field.Name];
            }
            else if (fieldTypes.FirstOrDefault(f => f.Name == field.FieldType) is not { } descriptor)
            {
                model.Errors["Fields"] = t["Jenis isian {0} tidak dikenal.", field.FieldType];
            }
            else if (descriptor.ValueKind == ContentFieldValueKind.Choice && string.IsNullOrWhiteSpace(field.Options))
            {
                model.Errors["Fields"] = t["Isian pilihan {0} memerlukan daftar pilihan, dipisah titik koma.", field.Name];
            }
            else if (descriptor.ValueKind == ContentFieldValueKind.ContentItems && field.Options.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault(n => definitions.GetType(n) is null) is { } unknown)
            {
                model.Errors["Fields"] = t["Tipe konten {0} pada isian {1} tidak dikenal.", unknown, field.Name];
            }
        }
    }

    private ContentTypeEditViewModel Fill(ContentTypeEditViewModel model)
    {
        model.AvailableParts = [.. parts.OrderBy(p => p.DisplayName, StringComparer.OrdinalIgnoreCase)];
        model.AvailableFieldTypes = [.. fieldTypes.Select(f => f.Name)];
        return model;
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]{1,63}$")]
    private static partial Regex Identifier();
}
