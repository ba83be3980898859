using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Bkn.Cms.Sapk.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SapkFigures",
                columns: table => new
                {
                    Period = table.Column<int>(type: "integer", nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ActiveUsers = table.Column<int>(type: "integer", nullable: false),
                    InactiveUsers = table.Column<int>(type: "integer", nullable: false),
                    LastLogin = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SapkFigures", x => new { x.Period, x.AgencyCode });
                });

            migrationBuilder.CreateTable(
                name: "SapkImportBatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    UploadedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ConfirmedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RowCount = table.Column<int>(type: "integer", nullable: false),
                    Periods = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SapkImportBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SapkModuleFigures",
                columns: table => new
                {
                    Period = table.Column<int>(type: "integer", nullable: false),
                    AgencyCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Module = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Users = table.Column<int>(type: "integer", nullable: false),
                    Transactions = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SapkModuleFigures", x => new { x.Period, x.AgencyCode, x.Module });
                });

            migrationBuilder.CreateTable(
                name: "SapkPeriods",
                columns: table => new
                {
                    Period = table.Column<int>(type: "integer", nullable: false),
                    Confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    ConfirmedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConfirmedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    BatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    AgencyCount = table.Column<int>(type: "integer", nullable: false),
                    ActiveUsers = table.Column<long>(type: "bigint", nullable: false),
                    InactiveUsers = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SapkPeriods", x => x.Period);
                });

            migrationBuilder.CreateTable(
                name: "SapkPullRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    StartedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Period = table.Column<int>(type: "integer", nullable: false),
                    Succeeded = table.Column<bool>(type: "boolean", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    AgencyCount = table.Column<int>(type: "integer", nullable: false),
                    Message = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    StartedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SapkPullRuns", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SapkImportBatches_UploadedUtc",
                table: "SapkImportBatches",
                column: "UploadedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_SapkPullRuns_StartedUtc",
                table: "SapkPullRuns",
                column: "StartedUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SapkFigures");

            migrationBuilder.DropTable(
                name: "SapkImportBatches");

            migrationBuilder.DropTable(
                name: "SapkModuleFigures");

            migrationBuilder.DropTable(
                name: "SapkPeriods");

            migrationBuilder.DropTable(
                name: "SapkPullRuns");
        }
    }
}
