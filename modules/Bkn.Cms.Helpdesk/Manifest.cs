using Bkn.Cms.Modules;

[assembly: Module("Bkn.Cms.Helpdesk", "Helpdesk SSCN", Description = "Tiket bantuan pelamar CPNS: formulir publik, cek status, antrean operator, SLA 2×24 jam, laporan.", Category = "Layanan")]
[assembly: Feature("Bkn.Cms.Helpdesk", "Helpdesk SSCN", Description = "Tiket bantuan pelamar CPNS: formulir publik, cek status, antrean operator, SLA 2×24 jam, laporan.", Category = "Layanan", UnitScoped = true)]
