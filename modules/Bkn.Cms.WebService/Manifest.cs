using Bkn.Cms.Modules;
using Bkn.Cms.WebService;

[assembly: Module(WebServiceFeature.Id, "Layanan Web Kepegawaian", Description = "Layanan web data kepegawaian untuk instansi: klien OAuth2, API PNS dan referensi, audit pemanggilan.", Category = "Integrasi")]
[assembly: Feature(WebServiceFeature.Id, "Layanan Web Kepegawaian", Description = "Layanan web data kepegawaian untuk instansi: klien OAuth2, API PNS dan referensi, audit pemanggilan.", Category = "Integrasi", Dependencies = ["Bkn.Cms.Agencies"])]
