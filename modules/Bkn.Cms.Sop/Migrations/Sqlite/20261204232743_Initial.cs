using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bkn.Cms.Sop.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SopDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeriesId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Nomor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TanggalPembuatan = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TanggalRevisi = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TanggalEfektif = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DisahkanJabatan = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DisahkanNama = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DisahkanNip = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    DasarHukum = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Keterkaitan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Peringatan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    KualifikasiPelaksana = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Peralatan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Pencatatan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    FlowchartJson = table.Column<string>(type: "TEXT", nullable: false),
                    NotesJson = table.Column<string>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false),
                    ActivityCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Stamp = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SopDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SopEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    From = table.Column<int>(type: "INTEGER", nullable: false),
                    To = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SopEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SopFindings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    SopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Nomenklatur = table.Column<bool>(type: "INTEGER", nullable: false),
                    Simbol = table.Column<bool>(type: "INTEGER", nullable: false),
                    Substansi = table.Column<bool>(type: "INTEGER", nullable: false),
                    Efektivitas = table.Column<bool>(type: "INTEGER", nullable: false),
                    Catatan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SopFindings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SopJobTitles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SopJobTitles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SopMeetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SopCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Participants = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SopMeetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SopUnitAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SopUnitAssessments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SopDocuments_SeriesId",
                table: "SopDocuments",
                column: "SeriesId");

            migrationBuilder.CreateIndex(
                name: "IX_SopDocuments_Status",
                table: "SopDocuments",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_SopDocuments_UnitId_Nomor",
                table: "SopDocuments",
                columns: new[] { "UnitId", "Nomor" });

            migrationBuilder.CreateIndex(
                name: "IX_SopDocuments_UnitId_Status",
                table: "SopDocuments",
                columns: new[] { "UnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_SopEvents_SopId",
                table: "SopEvents",
                column: "SopId");

            migrationBuilder.CreateIndex(
                name: "IX_SopFindings_MeetingId",
                table: "SopFindings",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_SopFindings_SopId",
                table: "SopFindings",
                column: "SopId");

            migrationBuilder.CreateIndex(
                name: "IX_SopJobTitles_UnitId_Title",
                table: "SopJobTitles",
                columns: new[] { "UnitId", "Title" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SopMeetings_UnitId_Date",
                table: "SopMeetings",
                columns: new[] { "UnitId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_SopUnitAssessments_UnitId_Year",
                table: "SopUnitAssessments",
                columns: new[] { "UnitId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SopDocuments");

            migrationBuilder.DropTable(
                name: "SopEvents");

            migrationBuilder.DropTable(
                name: "SopFindings");

            migrationBuilder.DropTable(
                name: "SopJobTitles");

            migrationBuilder.DropTable(
                name: "SopMeetings");

            migrationBuilder.DropTable(
                name: "SopUnitAssessments");
        }
    }
}
