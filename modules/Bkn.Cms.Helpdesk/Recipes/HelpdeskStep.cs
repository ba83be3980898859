using System.Text.Json;
using Bkn.Cms.Data;
using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.Helpdesk.Services;
using Bkn.Cms.Recipes;
using Bkn.Cms.Settings;
using Bkn.Cms.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Helpdesk.Recipes;

/// <summary>
/// <c>{"name":"Helpdesk","teams":[{"id","name","unit","supervisor"}],"categories":[{"id","name","description","form","team","slaHours"}],
/// "cannedAnswers":[{"title","body","category"}],"faq":[{"question","answer","category"}],"sampleTickets":300}</c>.
/// Teams and categories are upserted by id, canned answers by title, FAQ by question; sample tickets are generated
/// only while there are no tickets, so running the recipe again changes nothing.
/// </summary>
public sealed class HelpdeskStep : IRecipeStep
{
    public string Name => "Helpdesk";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var services = context.Services;
        var db = services.GetRequiredService<DbContext>();
        var step = context.Step;

        if (string.IsNullOrEmpty(services.GetRequiredService<ISiteSettings>().Get(HelpdeskSecrets.SecretKey)))
        {
            await services.GetRequiredService<HelpdeskSecrets>().KeyAsync(cancellationToken);
        }

        foreach (var element in Array(step, "teams"))
        {
            var id = Required(element, "id", "Tim helpdesk");
            var team = await db.Set<HelpdeskTeam>().FindAsync([id], cancellationToken);
            if (team is null)
            {
                team = new HelpdeskTeam { Id = id };
                db.Add(team);
            }

            team.Name = Required(element, "name", $"Tim '{id}'");
            team.SupervisorUserName = Optional(element, "supervisor");
            if (Optional(element, "unit") is { } code)
            {
                team.UnitId = await db.Database.SqlQueryRaw<Guid>("SELECT \"Id\" AS \"Value\" FROM \"Units\" WHERE \"Code\" = {0}", code).ToListAsync(cancellationToken) is [var unitId]
                    ? unitId
                    : throw new RecipeException($"Tim '{id}': unit dengan kode '{code}' tidak ditemukan.");
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var order = 0;
        foreach (var element in Array(step, "categories"))
        {
            var id = Required(element, "id", "Kategori helpdesk");
            var category = await db.Set<HelpdeskCategory>().FindAsync([id], cancellationToken);
            if (category is null)
            {
                category = new HelpdeskCategory { Id = id };
                db.Add(category);
            }

            category.Name = Required(element, "name", $"Kategori '{id}'");
            category.Description = Optional(element, "description") ?? "";
            category.Form = Enum.TryParse<HelpdeskFormKind>(Required(element, "form", $"Kategori '{id}'"), out var form)
                ? form
                : throw new RecipeException($"Kategori '{id}': formulir '{Optional(element, "form")}' tidak dikenal.");
            category.TeamId = Required(element, "team", $"Kategori '{id}'");
            if (await db.Set<HelpdeskTeam>().FindAsync([category.TeamId], cancellationToken) is null)
            {
                throw new RecipeException($"Kategori '{id}': tim '{category.TeamId}' tidak ditemukan.");
            }

            category.SlaHours = element.TryGetProperty("slaHours", out var hours) && hours.TryGetInt32(out var h) && h > 0 ? h : 48;
            category.SortOrder = order++;
            category.Active = true;
        }

        await db.SaveChangesAsync(cancellationToken);

        // Categories and teams are cached with the site settings (HelpdeskCatalog).
        await Stamps.BumpOnCommitAsync(db, StampNames.Settings, cancellationToken);
        foreach (var element in Array(step, "cannedAnswers"))
        {
            var title = Required(element, "title", "Jawaban siap pakai");
            var answer = await db.Set<HelpdeskCannedAnswer>().FirstOrDefaultAsync(a => a.Title == title, cancellationToken);
            if (answer is null)
            {
                answer = new HelpdeskCannedAnswer { Title = title };
                db.Add(answer);
            }

            answer.Body = Required(element, "body", $"Jawaban '{title}'");
            answer.CategoryId = Optional(element, "category");
        }

        order = 0;
        foreach (var element in Array(step, "faq"))
        {
            var question = Required(element, "question", "FAQ");
            var faq = await db.Set<HelpdeskFaq>().FirstOrDefaultAsync(f => f.Question == question, cancellationToken);
            if (faq is null)
            {
                faq = new HelpdeskFaq { Question = question };
                db.Add(faq);
            }

            faq.Answer = Required(element, "answer", "FAQ");
            faq.CategoryId = Optional(element, "category");
            faq.SortOrder = order++;
        }

        await db.SaveChangesAsync(cancellationToken);

        if (step.TryGetProperty("sampleTickets", out var sample) && sample.TryGetInt32(out var count) && count > 0
            && !await db.Set<HelpdeskTicket>().AnyAsync(cancellationToken))
        {
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            await services.GetRequiredService<HelpdeskSampleGenerator>().GenerateAsync(count, now, seed: 2017, cancellationToken: cancellationToken);
        }
    }

    private static IEnumerable<JsonElement> Array(JsonElement element, string property) =>
        element.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : [];

    private static string? Optional(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Required(JsonElement element, string property, string what) =>
        Optional(element, property) is { Length: > 0 } value ? value : throw new RecipeException($"{what}: '{property}' wajib diisi.");
}
