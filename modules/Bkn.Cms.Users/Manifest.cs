using Bkn.Cms.Modules;
using Bkn.Cms.Users;

[assembly: Module(UsersFeature.Id, "Pengguna dan Peran", Description = "Masuk, keluar, ubah kata sandi, token API, pengelolaan pengguna dan peran.", Category = "Keamanan")]
[assembly: Feature(UsersFeature.Id, "Pengguna dan Peran", Description = "Masuk, keluar, ubah kata sandi, token API, pengelolaan pengguna dan peran.", Category = "Keamanan", AlwaysEnabled = true)]
