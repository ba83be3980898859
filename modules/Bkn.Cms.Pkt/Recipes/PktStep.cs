using Bkn.Cms.ContentManagement;
using Bkn.Cms.Pkt.Models;
using Bkn.Cms.Pkt.Services;
using Bkn.Cms.Recipes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Pkt.Recipes;

/// <summary>
/// <c>{"name":"Pkt","unit":"PKT","counters":[{"code":"A","layanan":"content item id","name","requirements":[…],
/// "desks":2,"services":[{"id","name","requirements":[…]}]}],"holidays":[{"date":"2026-12-25","name"}],
/// "staff":[{"desk":"A1","user":"petugas.pkt1"}],"historyDays":30}</c>.
/// A counter's name and requirements are taken from its published Layanan item when there is one (the values in the
/// step are the fall-back). Counters, services, desks and holidays are upserted; history is generated only while
/// there are no tickets, so running the recipe again changes nothing.
/// </summary>
public sealed class PktStep : IRecipeStep
{
    public string Name => "Pkt";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var services = context.Services;
        var db = services.GetRequiredService<DbContext>();
        var contents = services.GetRequiredService<IContentManager>();
        var model = context.ToObject<PktStepModel>();

        Guid? unitId = null;
        if (!string.IsNullOrWhiteSpace(model.Unit))
        {
            unitId = await db.Database.SqlQueryRaw<Guid>("SELECT \"Id\" AS \"Value\" FROM \"Units\" WHERE \"Code\" = {0}", model.Unit).ToListAsync(cancellationToken) is [var id]
                ? id
                : throw new RecipeException($"PKT: unit dengan kode '{model.Unit}' tidak ditemukan.");
        }

        var order = 0;
        foreach (var c in model.Counters)
        {
            var code = RecipeValues.Required(c.Code, "code", "Loket PKT").ToUpperInvariant();
            var name = c.Name ?? "";
            var requirements = string.Join('\n', c.Requirements);
            if (!string.IsNullOrEmpty(c.Layanan) && await contents.GetAsync(c.Layanan, VersionOptions.Published, cancellationToken) is { } item)
            {
                name = item.DisplayText.Length > 0 ? item.DisplayText : name;
                var fromItem = item.Content["Layanan"]?["Persyaratan"]?["Text"]?.GetValue<string>();
                if (!string.IsNullOrWhiteSpace(fromItem))
                {
                    requirements = fromItem.Replace("\r", "", StringComparison.Ordinal);
                }
            }

            if (string.IsNullOrWhiteSpace(name))
            {
                throw new RecipeException($"Loket PKT '{code}': nama wajib diisi (atau item Layanan yang terbit).");
            }

            var counter = await db.Set<PktCounter>().FindAsync([code], cancellationToken);
            if (counter is null)
            {
                db.Add(counter = new PktCounter { Code = code });
            }

            counter.Name = name;
            counter.LayananContentItemId = c.Layanan;
            counter.UnitId = unitId ?? counter.UnitId;
            counter.Order = order++;

            var serviceOrder = 0;
            foreach (var s in c.Services)
            {
                var serviceId = RecipeValues.Required(s.Id, "id", $"Layanan loket {code}");
                var service = await db.Set<PktService>().FindAsync([serviceId], cancellationToken);
                if (service is null)
                {
                    db.Add(service = new PktService { Id = serviceId });
                }

                service.CounterCode = code;
                service.Name = RecipeValues.Required(s.Name, "name", $"Layanan '{serviceId}'");
                service.Requirements = s.Requirements.Count > 0 ? string.Join('\n', s.Requirements) : requirements;
                service.Order = serviceOrder++;
            }

            for (var n = 1; n <= Math.Max(1, c.Desks); n++)
            {
                var deskCode = $"{code}{n}";
                if (await db.Set<PktDesk>().FindAsync([deskCode], cancellationToken) is null)
                {
                    db.Add(new PktDesk { Code = deskCode, CounterCode = code, Number = n });
                }
            }
        }

        foreach (var h in model.Holidays)
        {
            var holiday = await db.Set<PktHoliday>().FindAsync([h.Date], cancellationToken);
            if (holiday is null)
            {
                db.Add(holiday = new PktHoliday { Date = h.Date });
            }

            holiday.Name = RecipeValues.Required(h.Name, "name", $"Hari libur {h.Date:yyyy-MM-dd}");
        }

        await db.SaveChangesAsync(cancellationToken);

        foreach (var s in model.Staff)
        {
            var desk = await db.Set<PktDesk>().FindAsync([s.Desk], cancellationToken) ?? throw new RecipeException($"PKT: meja '{s.Desk}' tidak ditemukan.");
            desk.StaffUserName = s.User;
            desk.SignedInUtc = DateTime.UtcNow;
        }

        await db.SaveChangesAsync(cancellationToken);

        if (model.HistoryDays > 0 && !await db.Set<PktTicket>().AnyAsync(cancellationToken))
        {
            await services.GetRequiredService<PktSampleHistory>().GenerateAsync(model.HistoryDays, cancellationToken);
        }
    }
}

public sealed class PktStepModel
{
    public string? Unit { get; set; }

    public List<PktCounterModel> Counters { get; set; } = [];

    public List<PktHolidayModel> Holidays { get; set; } = [];

    public List<PktStaffModel> Staff { get; set; } = [];

    public int HistoryDays { get; set; }
}

public sealed class PktCounterModel
{
    public string? Code { get; set; }

    public string? Layanan { get; set; }

    public string? Name { get; set; }

    public List<string> Requirements { get; set; } = [];

    public int Desks { get; set; } = 2;

    public List<PktServiceModel> Services { get; set; } = [];
}

public sealed class PktServiceModel
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public List<string> Requirements { get; set; } = [];
}

public sealed class PktHolidayModel
{
    public DateOnly Date { get; set; }

    public string? Name { get; set; }
}

public sealed class PktStaffModel
{
    public string Desk { get; set; } = "";

    public string User { get; set; } = "";
}
