using Bkn.Cms.Modules;

[assembly: Module("Bkn.Themes.Public", "Tema Publik", Description = "Tata letak situs publik BKN: kepala, navigasi, kaki dan beranda.", Category = "Tema")]
[assembly: Feature("Bkn.Themes.Public", "Tema Publik", Description = "Tata letak situs publik BKN: kepala, navigasi, kaki dan beranda.", Category = "Tema", AlwaysEnabled = true)]
