using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Bkn.Cms.Agencies.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Agencies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ShortName = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Region = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    RegionalOffice = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContactName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContactEmail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContactPhone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TrainingService = table.Column<bool>(type: "boolean", nullable: false),
                    ProductionService = table.Column<bool>(type: "boolean", nullable: false),
                    PublicIpReady = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Reconciled = table.Column<bool>(type: "boolean", nullable: false),
                    ReferenceTables = table.Column<bool>(type: "boolean", nullable: false),
                    Tabel5No = table.Column<int>(type: "integer", nullable: true),
                    KpoPilot = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agencies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AgencyMemberships",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyMemberships", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "AgencyStatusChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Field = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    OldValue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NewValue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyStatusChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AgencyTargets",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    TargetPercent = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyTargets", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "PersonnelCorrections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Nip = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Dataset = table.Column<int>(type: "integer", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Field = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OldValue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NewValue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ActorUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CorrectedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonnelCorrections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PersonnelRecords",
                columns: table => new
                {
                    Nip = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Dataset = table.Column<int>(type: "integer", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Gender = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    Golongan = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    TmtGolongan = table.Column<DateOnly>(type: "date", nullable: false),
                    TmtCpns = table.Column<DateOnly>(type: "date", nullable: false),
                    Jabatan = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    JenisJabatan = table.Column<int>(type: "integer", nullable: false),
                    Unor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Pendidikan = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Agama = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Kppn = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    AtasanNip = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonnelRecords", x => new { x.Dataset, x.Nip });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_Code",
                table: "Agencies",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_Kind_Name",
                table: "Agencies",
                columns: new[] { "Kind", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_ParentId",
                table: "Agencies",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_AgencyMemberships_AgencyId",
                table: "AgencyMemberships",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_AgencyStatusChanges_AgencyId_Id",
                table: "AgencyStatusChanges",
                columns: new[] { "AgencyId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonnelCorrections_Nip_Id",
                table: "PersonnelCorrections",
                columns: new[] { "Nip", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonnelRecords_AgencyId_Dataset_Nip",
                table: "PersonnelRecords",
                columns: new[] { "AgencyId", "Dataset", "Nip" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonnelRecords_AgencyId_Dataset_UpdatedUtc_Nip",
                table: "PersonnelRecords",
                columns: new[] { "AgencyId", "Dataset", "UpdatedUtc", "Nip" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonnelRecords_Nip",
                table: "PersonnelRecords",
                column: "Nip");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Agencies");

            migrationBuilder.DropTable(
                name: "AgencyMemberships");

            migrationBuilder.DropTable(
                name: "AgencyStatusChanges");

            migrationBuilder.DropTable(
                name: "AgencyTargets");

            migrationBuilder.DropTable(
                name: "PersonnelCorrections");

            migrationBuilder.DropTable(
                name: "PersonnelRecords");
        }
    }
}
