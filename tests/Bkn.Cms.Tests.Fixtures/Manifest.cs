using Bkn.Cms.Modules;

// A module that exists only in the test host (it is referenced by the test project alone), so the engine's
// gating can be tested on a module that depends on nothing but Abstractions, as domain modules do.
[assembly: Module("Test.Sample", "Contoh Uji", Description = "Modul contoh untuk pengujian.", Category = "Pengujian")]
[assembly: Feature("Test.Sample", "Contoh Uji", Description = "Fitur platform contoh.", Category = "Pengujian")]
[assembly: Feature("Test.Sample.Unit", "Contoh Uji per Unit", Description = "Fitur per unit contoh.", Category = "Pengujian", UnitScoped = true, Dependencies = ["Test.Sample"])]
