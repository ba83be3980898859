using Bkn.Cms.Modules;

[assembly: Module("Bkn.Themes.Admin", "Tema Admin", Description = "Tata letak, menu dan dasbor halaman admin.", Category = "Tema")]
[assembly: Feature("Bkn.Themes.Admin", "Tema Admin", Description = "Tata letak, menu dan dasbor halaman admin.", Category = "Tema", AlwaysEnabled = true)]
