using System.Net;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Features;
using Bkn.Cms.Helpdesk.Models;
using Bkn.Cms.Pkt;
using Bkn.Cms.Pkt.Models;
using Bkn.Cms.Pkt.Services;
using Bkn.Cms.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bkn.Cms.Tests.Modules.Pkt;

/// <summary>A PKT case opens a helpdesk ticket for the visitor's question (through the PKT contract the helpdesk implements).</summary>
public sealed partial class PktSiteTests
{
    private const string HelpdeskForm = "action=\"/admin/pkt/loket/helpdesk\"";

    [Fact]
    public async Task A_case_being_served_opens_one_helpdesk_ticket_of_the_PKT_channel_and_shows_its_number_with_a_link()
    {
        const string nip = "199001012015031001";
        var caseId = await PutAtDeskD1Async(PktTicketStatus.Serving, nip, "081234567890", notes: null);
        var staff = host.Factory.CreateBrowser();
        await staff.SignInAsync("petugas.pkt.d", PktHost.Password);
        var console = await staff.GetStringAsync(PktRoutes.Console);
        Assert.Contains(HelpdeskForm, console, StringComparison.Ordinal);
        Assert.Contains("value=\"kontak-petugas\"", console, StringComparison.Ordinal);
        Assert.Contains("id=\"helpdesk-pertanyaan\"", console, StringComparison.Ordinal);
        var before = await HelpdeskCountAsync();

        // Without the antiforgery token, with no question or an unknown category: refused, nothing written anywhere.
        var forged = await staff.PostAsync(PktRoutes.Console + "/helpdesk", new FormUrlEncodedContent(new Dictionary<string, string> { ["meja"] = "D1", ["kasus"] = $"{caseId}", ["kategori"] = "kontak-petugas", ["pertanyaan"] = "Tanya" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var empty = await staff.PostFormAsync(PktRoutes.Console, PktRoutes.Console + "/helpdesk", new() { ["meja"] = "D1", ["kasus"] = $"{caseId}", ["kategori"] = "kontak-petugas", ["pertanyaan"] = "  " });
        Assert.Contains(Uri.EscapeDataString("Tulis pertanyaan tamu untuk tiket helpdesk."), empty.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var unknown = await staff.PostFormAsync(PktRoutes.Console, PktRoutes.Console + "/helpdesk", new() { ["meja"] = "D1", ["kasus"] = $"{caseId}", ["kategori"] = "tidak-ada", ["pertanyaan"] = "Tanya" });
        Assert.Contains(Uri.EscapeDataString("Pilih kategori helpdesk yang tersedia."), unknown.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(before, await HelpdeskCountAsync());
        Assert.Null((await PktCaseAsync(caseId)).HelpdeskTicketNumber);

        const string question = "Tamu menanyakan status akun SSCN yang terkunci setelah salah memasukkan kata sandi.";
        var open = await staff.PostFormAsync(PktRoutes.Console, PktRoutes.Console + "/helpdesk", new() { ["meja"] = "D1", ["kasus"] = $"{caseId}", ["kategori"] = "kontak-petugas", ["pertanyaan"] = question });
        Assert.Equal("/admin/pkt/loket?ok=helpdesk", open.Headers.Location?.OriginalString);
        var pktCase = await PktCaseAsync(caseId);
        Assert.Matches("^HD-\\d{4}-\\d{6}$", pktCase.HelpdeskTicketNumber);
        Assert.Equal($"/admin/helpdesk/tiket/{pktCase.HelpdeskTicketNumber}", pktCase.HelpdeskTicketUrl);

        // The helpdesk's own intake: numbered, routed to the category's team with its SLA, the question as the first message.
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            var ticket = await db.Set<HelpdeskTicket>().AsNoTracking().FirstAsync(t => t.Number == pktCase.HelpdeskTicketNumber);
            Assert.Equal("kontak-petugas", ticket.CategoryId);
            Assert.Equal("tim-layanan", ticket.TeamId);
            Assert.NotNull(ticket.DueUtc);
            Assert.Null(ticket.NikHash);
            Assert.Equal(question, ticket.Summary);
            var message = await db.Set<HelpdeskMessage>().AsNoTracking().FirstAsync(m => m.TicketId == ticket.Id && m.Kind == MessageKind.Applicant);
            Assert.Equal(question, message.Body);
            Assert.Contains("Petugas PKT petugas.pkt.d", message.AuthorName, StringComparison.Ordinal);
            var part = (await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(ticket.ContentItemId, VersionOptions.Latest))!.As<TicketPart>()!;
            Assert.Equal(TicketChannels.Pkt, part.Kanal);
            Assert.Equal(nip, part.Nip);
            Assert.Equal("081234567890", part.Telepon);
            Assert.StartsWith(pktCase.Number, part.KasusPkt, StringComparison.Ordinal);
        }

        Assert.Equal(before + 1, await HelpdeskCountAsync());
        console = await staff.GetStringAsync(PktRoutes.Console);
        Assert.Contains($"href=\"/admin/helpdesk/tiket/{pktCase.HelpdeskTicketNumber}\"", console, StringComparison.Ordinal);
        Assert.Contains("Tiket helpdesk dibuat untuk pertanyaan tamu.", await staff.GetStringAsync(PktRoutes.Console + "?ok=helpdesk"), StringComparison.Ordinal);

        // The visitor's own ticket page names the helpdesk ticket and links to its private status page, which opens
        // without the NIK and shows the question.
        var visitor = host.Factory.CreateBrowser();
        var visitorPage = await visitor.GetStringAsync($"{PktRoutes.Ticket}/{pktCase.Code}");
        Assert.Contains($"data-helpdesk-ticket=\"{pktCase.HelpdeskTicketNumber}\"", visitorPage, StringComparison.Ordinal);
        var link = System.Text.RegularExpressions.Regex.Match(visitorPage, "href=\"(/helpdesk/status/[^\"]+)\"").Groups[1].Value;
        Assert.Contains($"{pktCase.HelpdeskTicketNumber}?kunci=", System.Net.WebUtility.HtmlDecode(link), StringComparison.Ordinal);
        var status = await visitor.GetAsync(System.Net.WebUtility.HtmlDecode(link));
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.Contains("status akun SSCN yang terkunci", await status.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The queue API carries the number with the case.
        var api = host.Factory.CreateClient();
        api.UseBearer(await api.TokenAsync("supervisor.pkt", PktHost.Password));
        using var queue = System.Text.Json.JsonDocument.Parse(await api.GetStringAsync("/api/pkt/antrean?loket=D"));
        Assert.Contains(queue.RootElement.GetProperty("tiket").EnumerateArray(), t => t.GetProperty("nomor").GetString() == pktCase.Number && t.GetProperty("tiketHelpdesk").GetString() == pktCase.HelpdeskTicketNumber);

        // One ticket per case; the helpdesk workspace shows where it came from.
        var again = await staff.PostFormAsync(PktRoutes.Console, PktRoutes.Console + "/helpdesk", new() { ["meja"] = "D1", ["kasus"] = $"{caseId}", ["kategori"] = "kontak-petugas", ["pertanyaan"] = question });
        Assert.Contains("galat=", again.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(before + 1, await HelpdeskCountAsync());
        var admin = host.Factory.CreateBrowser();
        await admin.SignInAsAdminAsync();
        var page = await admin.GetStringAsync(pktCase.HelpdeskTicketUrl!);
        Assert.Contains("id=\"kanal\"><span class=\"badge\">Loket PKT</span>", page, StringComparison.Ordinal);
        Assert.Contains(nip, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_finished_case_offers_the_ticket_prefilled_with_its_notes_and_sends_no_NIP_or_phone_the_visitor_did_not_give()
    {
        const string notes = "Tamu bertanya jadwal seleksi kompetensi dasar ulang.";
        var caseId = await PutAtDeskD1Async(PktTicketStatus.Done, nip: null, phone: null, notes);
        var staff = host.Factory.CreateBrowser();
        await staff.SignInAsync("petugas.pkt.d", PktHost.Password);
        var console = await staff.GetStringAsync(PktRoutes.Console);
        Assert.Contains($"id=\"helpdesk-pertanyaan-{caseId}\" name=\"pertanyaan\" rows=\"3\" maxlength=\"2000\" required>{notes}</textarea>", console, StringComparison.Ordinal);

        var open = await staff.PostFormAsync(PktRoutes.Console, PktRoutes.Console + "/helpdesk", new() { ["meja"] = "D1", ["kasus"] = $"{caseId}", ["kategori"] = "kontak-petugas", ["pertanyaan"] = notes });
        Assert.Equal("/admin/pkt/loket?ok=helpdesk", open.Headers.Location?.OriginalString);
        var number = (await PktCaseAsync(caseId)).HelpdeskTicketNumber;
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var ticket = await scope.ServiceProvider.GetRequiredService<DbContext>().Set<HelpdeskTicket>().AsNoTracking().FirstAsync(t => t.Number == number);
        var part = (await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(ticket.ContentItemId, VersionOptions.Latest))!.As<TicketPart>()!;
        Assert.Equal(notes, part.Pertanyaan);
        Assert.Null(part.Nip);
        Assert.Null(part.Telepon);
    }

    [Fact]
    public async Task With_the_helpdesk_off_for_the_counters_unit_the_console_explains_why_and_opens_no_ticket()
    {
        var caseId = await PutAtDeskD1Async(PktTicketStatus.Serving, nip: null, phone: null, notes: null);
        Guid unitId;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            unitId = (await scope.ServiceProvider.GetRequiredService<DbContext>().Set<PktCounter>().FirstAsync(c => c.Code == "D")).UnitId!.Value;
            await scope.ServiceProvider.GetRequiredService<IFeatureManager>().SetForUnitAsync(unitId, "Bkn.Cms.Helpdesk", false, CancellationToken.None);
        }

        try
        {
            var staff = host.Factory.CreateBrowser();
            await staff.SignInAsync("petugas.pkt.d", PktHost.Password);
            var console = await staff.GetStringAsync(PktRoutes.Console);
            Assert.DoesNotContain(HelpdeskForm, console, StringComparison.Ordinal);
            Assert.Contains(PktHelpdesk.OffText, console, StringComparison.Ordinal);
            var before = await HelpdeskCountAsync();
            var refused = await staff.PostFormAsync(PktRoutes.Console, PktRoutes.Console + "/helpdesk", new() { ["meja"] = "D1", ["kasus"] = $"{caseId}", ["kategori"] = "kontak-petugas", ["pertanyaan"] = "Tanya" });
            Assert.Contains(Uri.EscapeDataString(PktHelpdesk.OffText), refused.Headers.Location?.OriginalString, StringComparison.Ordinal);
            Assert.Equal(before, await HelpdeskCountAsync());
            Assert.Null((await PktCaseAsync(caseId)).HelpdeskTicketNumber);
        }
        finally
        {
            await using var scope = host.Factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IFeatureManager>().InheritForUnitAsync(unitId, "Bkn.Cms.Helpdesk", CancellationToken.None);
        }
    }

    /// <summary>Frees desk D1 and puts a case of today there (being served, or finished with notes); returns its id.</summary>
    private async Task<long> PutAtDeskD1Async(PktTicketStatus status, string? nip, string? phone, string? notes)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        var queue = scope.ServiceProvider.GetRequiredService<PktQueue>();
        await db.Set<PktTicket>().Where(t => t.DeskCode == "D1" && (t.Status == PktTicketStatus.Called || t.Status == PktTicketStatus.Serving))
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.Status, PktTicketStatus.Done));
        var last = await db.Set<PktTicket>().Where(t => t.CounterCode == "D" && t.Day == queue.Today).MaxAsync(t => (int?)t.Sequence) ?? 0;
        var service = await db.Set<PktService>().Where(s => s.CounterCode == "D").Select(s => s.Id).FirstAsync();
        var ticket = NewTicket("D", service, queue.Today, last + 1, queue.UtcNow.AddMinutes(-20));
        ticket.Nip = nip;
        ticket.Phone = phone;
        ticket.Status = status;
        ticket.DeskCode = "D1";
        ticket.StaffUserName = "petugas.pkt.d";
        ticket.CalledUtc = queue.UtcNow.AddMinutes(-10);
        ticket.StartedUtc = queue.UtcNow.AddMinutes(-9);
        ticket.FinishedUtc = status == PktTicketStatus.Done ? queue.UtcNow : null;
        ticket.Outcome = status == PktTicketStatus.Done ? PktOutcome.Dirujuk : PktOutcome.None;
        ticket.CaseNotes = notes;
        db.Add(ticket);
        await db.SaveChangesAsync();
        return ticket.Id;
    }

    private async Task<PktTicket> PktCaseAsync(long id)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<PktTicket>().AsNoTracking().FirstAsync(t => t.Id == id);
    }

    private async Task<int> HelpdeskCountAsync()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DbContext>().Set<HelpdeskTicket>().CountAsync();
    }
}
