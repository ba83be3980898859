using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace Bkn.Cms.Workflows;

/// <summary>Checks a definition before it is saved: ids, known activities, transitions, a start event, activity properties.</summary>
public sealed partial class WorkflowValidator(WorkflowActivityLibrary library, IStringLocalizer t)
{
    public IReadOnlyList<string> Validate(WorkflowTypeDefinition definition)
    {
        var errors = new List<string>();
        if (!IdRegex().IsMatch(definition.WorkflowTypeId))
        {
            errors.Add(t["ID alur kerja wajib diisi: huruf, angka, '-' atau '_', paling banyak 64 karakter."]);
        }

        if (string.IsNullOrWhiteSpace(definition.Name) || definition.Name.Length > 200)
        {
            errors.Add(t["Nama alur kerja wajib diisi (paling banyak 200 karakter)."]);
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var activity in definition.Activities)
        {
            var id = activity.Id ?? "";
            if (!IdRegex().IsMatch(id))
            {
                errors.Add(t["Aktivitas tanpa ID yang sah (huruf, angka, '-' atau '_')."]);
                continue;
            }

            if (!ids.Add(id))
            {
                errors.Add(t["ID aktivitas '{0}' dipakai lebih dari sekali.", id]);
            }

            var known = library.Get(activity.Name ?? "");
            if (known is null)
            {
                errors.Add(t["Aktivitas '{0}' ({1}) tidak dikenal atau fiturnya tidak aktif.", id, activity.Name ?? ""]);
                continue;
            }

            if (activity.IsStart && known is not WorkflowEvent { CanStartWorkflow: true })
            {
                errors.Add(t["Aktivitas '{0}' tidak dapat memulai alur kerja: hanya peristiwa yang dapat menjadi awal.", id]);
            }

            foreach (var property in known.Properties.Where(p => p.Required))
            {
                if (!activity.Properties.TryGetPropertyValue(property.Name, out var value) || value is null || string.IsNullOrWhiteSpace(value.ToString()))
                {
                    errors.Add(t["Aktivitas '{0}': isian '{1}' wajib diisi.", id, t[property.Label]]);
                }
            }

            errors.AddRange(known.Validate(activity).Select(message => t["Aktivitas '{0}': {1}", id, t[message]].Value));
        }

        if (!definition.Activities.Any(a => a.IsStart))
        {
            errors.Add(t["Alur kerja belum memiliki peristiwa awal."]);
        }

        foreach (var transition in definition.Transitions)
        {
            var source = definition.Activities.FirstOrDefault(a => a.Id == transition.Source);
            var destination = definition.Activities.FirstOrDefault(a => a.Id == transition.Destination);
            if (source is null || destination is null)
            {
                errors.Add(t["Transisi '{0}' → '{1}' menggantung: aktivitasnya tidak ada.", transition.Source, transition.Destination]);
                continue;
            }

            if (library.Get(source.Name) is { } activity && !activity.GetOutcomes(source).Contains(transition.Outcome, StringComparer.Ordinal))
            {
                errors.Add(t["Transisi dari '{0}': hasil '{1}' tidak dimiliki aktivitas ini.", source.Id, transition.Outcome]);
            }
        }

        return errors.Select(e => e.ToString()).Distinct().ToList();
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex IdRegex();
}
