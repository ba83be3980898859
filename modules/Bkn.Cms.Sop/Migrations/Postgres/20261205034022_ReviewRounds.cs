using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Bkn.Cms.Sop.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    SopId = table.Column<Guid>(type: "uuid", nullable: false),
                    BerjalanBaik = table.Column<bool>(type: "boolean", nullable: true),
                    Catatan = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Tindakan = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AnswersJson = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SopReviewEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SopReviewRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Period = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReminderUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OverdueUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CompletedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CompletedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
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
