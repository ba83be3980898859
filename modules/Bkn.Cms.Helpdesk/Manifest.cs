using Bkn.Cms.Helpdesk;
using Bkn.Cms.Modules;

[assembly: Module(HelpdeskFeature.Id, "Helpdesk SSCN", Description = "Tiket bantuan pelamar CPNS: formulir publik, cek status, antrean operator, SLA 2×24 jam, laporan.", Category = "Layanan")]
[assembly: Feature(HelpdeskFeature.Id, "Helpdesk SSCN", Description = "Tiket bantuan pelamar CPNS: formulir publik, cek status, antrean operator, SLA 2×24 jam, laporan.", Category = "Layanan", UnitScoped = true)]
