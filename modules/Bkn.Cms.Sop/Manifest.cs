using Bkn.Cms.Modules;
using Bkn.Cms.Sop;

[assembly: Module(SopFeature.Id, "Registri SOP", Description = "SOP Administrasi Pemerintahan unit kerja: penyusunan, diagram alir, validasi, pengesahan, rapat validasi dan halaman publik.", Category = "Tata Laksana")]
[assembly: Feature(SopFeature.Id, "Registri SOP", Description = "SOP Administrasi Pemerintahan unit kerja: penyusunan, diagram alir, validasi, pengesahan, rapat validasi dan halaman publik.", Category = "Tata Laksana", UnitScoped = true)]
