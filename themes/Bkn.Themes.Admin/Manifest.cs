using Bkn.Cms.Modules;
using Bkn.Themes.Admin;

[assembly: Module(AdminThemeFeature.Id, "Tema Admin", Description = "Tata letak, menu dan dasbor halaman admin.", Category = "Tema")]
[assembly: Feature(AdminThemeFeature.Id, "Tema Admin", Description = "Tata letak, menu dan dasbor halaman admin.", Category = "Tema", AlwaysEnabled = true)]
