using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bkn.Cms.Humas.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegulationStatusFromLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DeclaredStatus",
                table: "PublicationIndex",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "ModifiedUtc",
                table: "PublicationIndex",
                type: "TEXT",
                nullable: true);

            // Existing rows: what the editor chose becomes the declared status; the links decide the shown one.
            migrationBuilder.Sql("UPDATE \"PublicationIndex\" SET \"DeclaredStatus\" = \"Status\", \"ModifiedUtc\" = \"PublishedUtc\"");
            migrationBuilder.Sql("UPDATE \"PublicationIndex\" SET \"Status\" = 'Diubah' WHERE \"ContentType\" = 'Peraturan' AND EXISTS (SELECT 1 FROM \"RegulationLinks\" l WHERE l.\"ToId\" = \"PublicationIndex\".\"ContentItemId\" AND l.\"Kind\" = 'mengubah')");
            migrationBuilder.Sql("UPDATE \"PublicationIndex\" SET \"Status\" = 'Dicabut' WHERE \"ContentType\" = 'Peraturan' AND EXISTS (SELECT 1 FROM \"RegulationLinks\" l WHERE l.\"ToId\" = \"PublicationIndex\".\"ContentItemId\" AND l.\"Kind\" = 'mencabut')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DeclaredStatus",
                table: "PublicationIndex");

            migrationBuilder.DropColumn(
                name: "ModifiedUtc",
                table: "PublicationIndex");
        }
    }
}
