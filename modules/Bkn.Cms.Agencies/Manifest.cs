using Bkn.Cms.Agencies;
using Bkn.Cms.Modules;

[assembly: Module(AgenciesFeature.Id, "Registri Instansi", Description = "Registri instansi pusat dan daerah, status integrasi web service BKN, pengguna instansi dan data kepegawaian instansi.", Category = "Kepegawaian")]
[assembly: Feature(AgenciesFeature.Id, "Registri Instansi", Description = "Registri instansi pusat dan daerah, status integrasi web service BKN, pengguna instansi dan data kepegawaian instansi.", Category = "Kepegawaian")]
