using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bkn.Cms.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ScheduledContent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ScheduledContent",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DueUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledContent", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledContent_ContentItemId",
                table: "ScheduledContent",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledContent_DueUtc",
                table: "ScheduledContent",
                column: "DueUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ScheduledContent");
        }
    }
}
