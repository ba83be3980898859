using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bkn.Cms.ModulContoh.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ModulContohIndex",
                columns: table => new
                {
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Ringkasan = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ModulContohIndex", x => x.ContentItemId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ModulContohIndex_PublishedUtc",
                table: "ModulContohIndex",
                column: "PublishedUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ModulContohIndex");
        }
    }
}
