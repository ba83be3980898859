using Bkn.Cms.Modules;

[assembly: Module("Bkn.Cms.Users", "Pengguna dan Peran", Description = "Masuk, keluar, ubah kata sandi, token API, pengelolaan pengguna dan peran.", Category = "Keamanan")]
[assembly: Feature("Bkn.Cms.Users", "Pengguna dan Peran", Description = "Masuk, keluar, ubah kata sandi, token API, pengelolaan pengguna dan peran.", Category = "Keamanan", AlwaysEnabled = true)]
