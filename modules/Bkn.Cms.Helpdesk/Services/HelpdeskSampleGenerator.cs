using System.Globalization;
using Bkn.Cms.ContentManagement;
using Bkn.Cms.Helpdesk.Models;
using Microsoft.EntityFrameworkCore;

namespace Bkn.Cms.Helpdesk.Services;

/// <summary>
/// Generates plausible tickets in every status straight into the tables (bulk inserts, no HTTP, no handlers): a few
/// hundred for the sample site, up to millions for the benchmark. NIKs are structurally valid but random.
/// </summary>
public sealed class HelpdeskSampleGenerator(DbContext db, IContentManager contents, IContentImporter importer, HelpdeskSecrets secrets)
{
    private static readonly string[] FirstNames = ["Ahmad", "Siti", "Budi", "Dewi", "Rizky", "Putri", "Agus", "Nur", "Andi", "Fitri", "Yoga", "Ayu", "Hendra", "Lestari", "Fajar", "Rina"];
    private static readonly string[] LastNames = ["Saputra", "Rahmawati", "Santoso", "Lestari", "Hidayat", "Wulandari", "Pratama", "Kusuma", "Nugroho", "Permata", "Siregar", "Hasibuan"];
    private static readonly string[] Places = ["Bandung", "Medan", "Makassar", "Surabaya", "Padang", "Kupang", "Jayapura", "Pontianak", "Semarang", "Mataram"];
    private static readonly int[] Provinces = [11, 12, 13, 14, 16, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 63, 64, 71, 73, 74, 81, 91, 94];

    // Each category's sample questions are about that category's problem (the operators' canned answers are too).
    private static readonly Dictionary<HelpdeskFormKind, string[]> Questions = new()
    {
        [HelpdeskFormKind.NikKkTidakDitemukan] =
        [
            "NIK saya tidak ditemukan saat registrasi, padahal KTP elektronik sudah jadi.",
            "Nomor KK saya dinyatakan tidak ditemukan oleh sistem saat registrasi.",
        ],
        [HelpdeskFormKind.DataTidakSesuai] =
        [
            "Nama saya di SSCN berbeda satu huruf dengan KTP, bagaimana memperbaikinya?",
            "Tanggal lahir yang muncul tidak sesuai dengan KTP dan KK saya.",
        ],
        [HelpdeskFormKind.LupaPassword] =
        [
            "Saya lupa password dan e-mail pemulihan tidak masuk.",
            "Password akun SSCN saya tidak bisa dipakai login, sepertinya saya lupa.",
        ],
        [HelpdeskFormKind.LupaEmail] =
        [
            "Email yang saya daftarkan salah ketik, mohon diganti.",
            "Saya lupa alamat e-mail yang dipakai saat registrasi SSCN.",
        ],
        [HelpdeskFormKind.LupaJawabanPengaman1] =
        [
            "Saya lupa jawaban pertanyaan pengaman pertama.",
        ],
        [HelpdeskFormKind.LupaJawabanPengaman2] =
        [
            "Saya lupa jawaban pertanyaan pengaman kedua; pindaian KTP dan KK sudah saya lampirkan.",
        ],
        [HelpdeskFormKind.LokasiLahir] =
        [
            "Lokasi lahir saya tidak ada dalam daftar kabupaten.",
            "Kota kelahiran saya sudah pemekaran dan tidak ada di daftar lokasi lahir.",
        ],
        [HelpdeskFormKind.KontakPetugas] =
        [
            "Kartu ujian tidak bisa dicetak setelah verifikasi.",
            "Apakah ijazah D3 bisa melamar formasi ini?",
            "Unggah dokumen gagal terus walaupun ukuran di bawah batas.",
        ],
    };

    private static readonly string[] Answers =
    [
        "Data NIK Anda sudah kami sinkronkan dengan Dukcapil. Silakan coba registrasi kembali setelah 1×24 jam.",
        "Password Anda telah diatur ulang. Tautan pengaturan ulang dikirim ke e-mail terdaftar.",
        "Alamat e-mail telah diperbarui. Silakan login dengan e-mail yang baru.",
        "Lokasi lahir sudah ditambahkan. Silakan lanjutkan registrasi.",
        "Gunakan peramban terbaru dan pastikan berkas PDF tidak terkunci kata sandi.",
    ];

    public async Task<int> GenerateAsync(int count, DateTime nowUtc, int seed, int batchSize = 2000, CancellationToken cancellationToken = default)
    {
        var categories = await db.Set<HelpdeskCategory>().AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync(cancellationToken);
        var teams = await db.Set<HelpdeskTeam>().AsNoTracking().ToDictionaryAsync(t => t.Id, cancellationToken);
        if (categories.Count == 0 || count <= 0)
        {
            return 0;
        }

        var key = await secrets.KeyAsync(cancellationToken);
        var random = new Random(seed);
        var year = nowUtc.Year;
        var last = await ReserveAsync(year, count, cancellationToken);
        var next = last - count + 1;
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            for (var done = 0; done < count; done += batchSize)
            {
                var size = Math.Min(batchSize, count - done);
                var items = new List<ContentItem>(size);
                var tickets = new List<HelpdeskTicket>(size);
                var pendingMessages = new List<(HelpdeskTicket Ticket, HelpdeskMessage Message)>();
                for (var i = 0; i < size; i++)
                {
                    var index = done + i;
                    var category = categories[random.Next(categories.Count)];
                    var team = teams.GetValueOrDefault(category.TeamId);
                    var status = (TicketStatus)(index % 6);
                    // Open and answered tickets are recent (answered ones would be auto-closed after a quiet week); closed ones span a month.
                    var created = nowUtc.AddMinutes(-random.Next(status switch { <= TicketStatus.MenungguPelamar => 60 * 60, TicketStatus.Dijawab => 60 * 24 * 4, _ => 60 * 24 * 30 }));
                    var nik = Nik(random, out var birth);
                    var name = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
                    var questions = Questions[category.Form];
                    var question = questions[random.Next(questions.Length)];
                    var number = HelpdeskSql.FormatNumber(year, next++);
                    var part = new TicketPart
                    {
                        Number = number,
                        CategoryId = category.Id,
                        Nik = nik,
                        NomorKk = string.Concat(nik.AsSpan(0, 6), random.Next(100000, 999999).ToString(CultureInfo.InvariantCulture), random.Next(1, 9999).ToString("D4", CultureInfo.InvariantCulture)),
                        Nama = name,
                        TempatLahir = Places[random.Next(Places.Length)],
                        TanggalLahir = birth,
                        Pertanyaan = question,
                        Email = index % 3 == 0 ? $"pelamar{index}@contoh.id" : null,
                    };
                    var item = contents.New(TicketService.ContentType);
                    item.DisplayText = number;
                    item.UnitId = team?.UnitId;
                    item.CreatedUtc = created;
                    item.Apply(part);
                    items.Add(item);

                    var ticket = new HelpdeskTicket
                    {
                        Number = number,
                        ContentItemId = item.ContentItemId,
                        SubmissionKey = item.ContentItemId,
                        CategoryId = category.Id,
                        TeamId = category.TeamId,
                        UnitId = team?.UnitId,
                        Status = status,
                        NikHash = HelpdeskSecrets.NikHash(key, nik),
                        NikMasked = NikRules.Mask(nik),
                        ApplicantName = name,
                        Email = part.Email,
                        Summary = question,
                        CreatedUtc = created,
                        LastActivityUtc = created,
                        DueUtc = created.AddHours(category.SlaHours),
                    };
                    if (status >= TicketStatus.Diterima)
                    {
                        ticket.AssigneeName = index % 2 == 0 ? "operator1" : "operator2";
                    }

                    if (status == TicketStatus.MenungguPelamar)
                    {
                        ticket.PausedRemainingSeconds = (long)Math.Max(0, (ticket.DueUtc.Value - created.AddHours(2)).TotalSeconds);
                        ticket.DueUtc = null;
                        ticket.FirstResponseUtc = created.AddHours(2);
                    }

                    var answer = Answers[random.Next(Answers.Length)];
                    pendingMessages.Add((ticket, new HelpdeskMessage { Kind = MessageKind.Applicant, AuthorName = "Pelamar", Body = question, CreatedUtc = created }));
                    if (status >= TicketStatus.Dijawab)
                    {
                        var answered = created.AddMinutes(random.Next(30, 60 * 60));
                        if (answered > nowUtc)
                        {
                            answered = nowUtc;
                        }

                        ticket.FirstResponseUtc = answered;
                        ticket.AnsweredUtc = answered;
                        ticket.LastActivityUtc = answered;
                        ticket.Rating = random.Next(4) == 0 ? null : random.Next(2, 5);
                        ticket.Overdue = answered > ticket.DueUtc;
                        pendingMessages.Add((ticket, new HelpdeskMessage { Kind = MessageKind.Reply, AuthorName = ticket.AssigneeName ?? "operator1", Body = answer, CreatedUtc = answered }));
                        if (status == TicketStatus.Ditutup)
                        {
                            ticket.ClosedUtc = answered.AddDays(7) < nowUtc ? answered.AddDays(7) : nowUtc;
                            ticket.LastActivityUtc = ticket.ClosedUtc.Value;
                        }
                    }
                    else if (status != TicketStatus.MenungguPelamar && ticket.DueUtc <= nowUtc)
                    {
                        ticket.Overdue = true;
                        ticket.EscalatedUtc = ticket.DueUtc;
                        ticket.EscalatedTo = team?.SupervisorUserName;
                    }

                    tickets.Add(ticket);
                }

                await importer.ImportAsync(items, cancellationToken);
                db.AddRange(tickets);
                await db.SaveChangesAsync(cancellationToken);
                foreach (var (ticket, message) in pendingMessages)
                {
                    message.TicketId = ticket.Id;
                    db.Add(message);
                }

                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }

        await HelpdeskSql.RebuildCountsAsync(db, cancellationToken);
        return count;
    }

    /// <summary>A structurally valid NIK with its birth date.</summary>
    public static string Nik(Random random, out DateOnly birth)
    {
        birth = new DateOnly(1985, 1, 1).AddDays(random.Next(0, 365 * 19));
        var female = random.Next(2) == 0;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Provinces[random.Next(Provinces.Length)]:D2}{random.Next(1, 80):D2}{random.Next(1, 40):D2}{birth.Day + (female ? 40 : 0):D2}{birth.Month:D2}{birth.Year % 100:D2}{random.Next(1, 10000):D4}");
    }

    private async Task<long> ReserveAsync(int year, int count, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"HelpdeskCounters\" (\"Year\", \"Value\") VALUES ({0}, 0) ON CONFLICT (\"Year\") DO NOTHING", [year], cancellationToken);
        var values = await db.Database
            .SqlQueryRaw<long>("UPDATE \"HelpdeskCounters\" SET \"Value\" = \"Value\" + {1} WHERE \"Year\" = {0} RETURNING \"Value\" AS \"Value\"", year, (long)count)
            .ToListAsync(cancellationToken);
        return values[0];
    }
}
