using Bkn.Cms.Modules;
using Bkn.Themes.Public;

[assembly: Module(PublicThemeFeature.Id, "Tema Publik", Description = "Tata letak situs publik BKN: kepala, navigasi, kaki dan beranda.", Category = "Tema")]
[assembly: Feature(PublicThemeFeature.Id, "Tema Publik", Description = "Tata letak situs publik BKN: kepala, navigasi, kaki dan beranda.", Category = "Tema", AlwaysEnabled = true)]
