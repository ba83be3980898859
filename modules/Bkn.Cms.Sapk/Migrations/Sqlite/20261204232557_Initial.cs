using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bkn.Cms.Sapk.Migrations.Sqlite
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
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ActiveUsers = table.Column<int>(type: "INTEGER", nullable: false),
                    InactiveUsers = table.Column<int>(type: "INTEGER", nullable: false),
                    LastLogin = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SapkFigures", x => new { x.Period, x.AgencyCode });
                });

            migrationBuilder.CreateTable(
                name: "SapkImportBatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    UploadedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ConfirmedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RowCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Periods = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SapkImportBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SapkModuleFigures",
                columns: table => new
                {
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Module = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Users = table.Column<int>(type: "INTEGER", nullable: false),
                    Transactions = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SapkModuleFigures", x => new { x.Period, x.AgencyCode, x.Module });
                });

            migrationBuilder.CreateTable(
                name: "SapkPeriods",
                columns: table => new
                {
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    Confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConfirmedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConfirmedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AgencyCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ActiveUsers = table.Column<long>(type: "INTEGER", nullable: false),
                    InactiveUsers = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SapkPeriods", x => x.Period);
                });

            migrationBuilder.CreateTable(
                name: "SapkPullRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StartedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    Succeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    AgencyCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
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
