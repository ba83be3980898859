using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bkn.Cms.Sop.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewRounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SopReviewEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    SopId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BerjalanBaik = table.Column<bool>(type: "INTEGER", nullable: true),
                    Catatan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Tindakan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AnswersJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SopReviewEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SopReviewRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReminderUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OverdueUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SopReviewRounds", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SopReviewEntries_RoundId_SopId",
                table: "SopReviewEntries",
                columns: new[] { "RoundId", "SopId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SopReviewRounds_UnitId_Kind_Period",
                table: "SopReviewRounds",
                columns: new[] { "UnitId", "Kind", "Period" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SopReviewEntries");

            migrationBuilder.DropTable(
                name: "SopReviewRounds");
        }
    }
}
