using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bkn.Cms.Kepegawaian.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "KpoDaftar",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GeneratedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    KpOtomatis = table.Column<int>(type: "INTEGER", nullable: false),
                    KpReguler = table.Column<int>(type: "INTEGER", nullable: false),
                    Pensiun = table.Column<int>(type: "INTEGER", nullable: false),
                    TidakMemenuhi = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpoDaftar", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KpoDokumen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UsulanId = table.Column<long>(type: "INTEGER", nullable: false),
                    Item = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    StoragePath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpoDokumen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KpoHukdis",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Nip = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Keterangan = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpoHukdis", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KpoKeluarga",
                columns: table => new
                {
                    Nip = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Pasangan = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    JumlahAnak = table.Column<int>(type: "INTEGER", nullable: false),
                    PmkBulan = table.Column<int>(type: "INTEGER", nullable: false),
                    AlamatPensiun = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    FotoAda = table.Column<bool>(type: "INTEGER", nullable: false),
                    PendidikanBerubah = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpoKeluarga", x => x.Nip);
                });

            migrationBuilder.CreateTable(
                name: "KpoKoreksi",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Nip = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OldValue = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    NewValue = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Keterangan = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DocumentPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DocumentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    AlasanTolak = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecidedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpoKoreksi", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KpoNominatif",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Jenis = table.Column<int>(type: "INTEGER", nullable: false),
                    Nip = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Golongan = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    GolonganBaru = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    TmtGolongan = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Jabatan = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    JenisJabatan = table.Column<int>(type: "INTEGER", nullable: false),
                    Unor = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AtasanGolongan = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Skp1 = table.Column<int>(type: "INTEGER", nullable: true),
                    Skp2 = table.Column<int>(type: "INTEGER", nullable: true),
                    HukdisAktif = table.Column<bool>(type: "INTEGER", nullable: false),
                    BupDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TmtPensiun = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Memenuhi = table.Column<bool>(type: "INTEGER", nullable: false),
                    Alasan = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    GeneratedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpoNominatif", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KpoRiwayat",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UsulanId = table.Column<long>(type: "INTEGER", nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: false),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Catatan = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DurasiDetik = table.Column<long>(type: "INTEGER", nullable: false),
                    Terlambat = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpoRiwayat", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KpoSkp",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Nip = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpoSkp", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KpoUsulan",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Nomor = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Jenis = table.Column<int>(type: "INTEGER", nullable: false),
                    Nip = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Golongan = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    GolonganBaru = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FirstSubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DueUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Alasan = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Kekurangan = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    BatasWaktu = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PertekNomor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PertekTanggal = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PertekUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SkNomor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SelesaiUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KpoUsulan", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KpoDaftar_AgencyId_Period",
                table: "KpoDaftar",
                columns: new[] { "AgencyId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KpoDokumen_UsulanId_Item",
                table: "KpoDokumen",
                columns: new[] { "UsulanId", "Item" });

            migrationBuilder.CreateIndex(
                name: "IX_KpoHukdis_Nip",
                table: "KpoHukdis",
                column: "Nip");

            migrationBuilder.CreateIndex(
                name: "IX_KpoKoreksi_Period_Nip",
                table: "KpoKoreksi",
                columns: new[] { "Period", "Nip" });

            migrationBuilder.CreateIndex(
                name: "IX_KpoKoreksi_Status_AgencyId",
                table: "KpoKoreksi",
                columns: new[] { "Status", "AgencyId" });

            migrationBuilder.CreateIndex(
                name: "IX_KpoNominatif_AgencyId_Period_Jenis",
                table: "KpoNominatif",
                columns: new[] { "AgencyId", "Period", "Jenis" });

            migrationBuilder.CreateIndex(
                name: "IX_KpoNominatif_Period_Nip",
                table: "KpoNominatif",
                columns: new[] { "Period", "Nip" });

            migrationBuilder.CreateIndex(
                name: "IX_KpoRiwayat_UsulanId",
                table: "KpoRiwayat",
                column: "UsulanId");

            migrationBuilder.CreateIndex(
                name: "IX_KpoSkp_Nip_Year",
                table: "KpoSkp",
                columns: new[] { "Nip", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KpoUsulan_AgencyId_Period_Status",
                table: "KpoUsulan",
                columns: new[] { "AgencyId", "Period", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_KpoUsulan_Nip_Period",
                table: "KpoUsulan",
                columns: new[] { "Nip", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KpoUsulan_Nomor",
                table: "KpoUsulan",
                column: "Nomor",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KpoUsulan_Status_DueUtc",
                table: "KpoUsulan",
                columns: new[] { "Status", "DueUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KpoDaftar");

            migrationBuilder.DropTable(
                name: "KpoDokumen");

            migrationBuilder.DropTable(
                name: "KpoHukdis");

            migrationBuilder.DropTable(
                name: "KpoKeluarga");

            migrationBuilder.DropTable(
                name: "KpoKoreksi");

            migrationBuilder.DropTable(
                name: "KpoNominatif");

            migrationBuilder.DropTable(
                name: "KpoRiwayat");

            migrationBuilder.DropTable(
                name: "KpoSkp");

            migrationBuilder.DropTable(
                name: "KpoUsulan");
        }
    }
}
