using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Bkn.Cms.Sop.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SeriesId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Nomor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Nama = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TanggalPembuatan = table.Column<DateOnly>(type: "date", nullable: true),
                    TanggalRevisi = table.Column<DateOnly>(type: "date", nullable: true),
                    TanggalEfektif = table.Column<DateOnly>(type: "date", nullable: true),
                    DisahkanJabatan = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DisahkanNama = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DisahkanNip = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    DasarHukum = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Keterkaitan = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Peringatan = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    KualifikasiPelaksana = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Peralatan = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Pencatatan = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    FlowchartJson = table.Column<string>(type: "text", nullable: false),
                    NotesJson = table.Column<string>(type: "text", nullable: false),
                    SearchText = table.Column<string>(type: "text", nullable: false),
                    ActivityCount = table.Column<int>(type: "integer", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Stamp = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SopDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SopEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SopId = table.Column<Guid>(type: "uuid", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    From = table.Column<int>(type: "integer", nullable: false),
                    To = table.Column<int>(type: "integer", nullable: false),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SopEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SopFindings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    SopId = table.Column<Guid>(type: "uuid", nullable: false),
                    Nomenklatur = table.Column<bool>(type: "boolean", nullable: false),
                    Simbol = table.Column<bool>(type: "boolean", nullable: false),
                    Substansi = table.Column<bool>(type: "boolean", nullable: false),
                    Efektivitas = table.Column<bool>(type: "boolean", nullable: false),
                    Catatan = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SopFindings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SopJobTitles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SopJobTitles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SopMeetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    SopCount = table.Column<int>(type: "integer", nullable: false),
                    Participants = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SopMeetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SopUnitAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false)
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
