using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bkn.Cms.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Taxonomies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TermIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    TaxonomyId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false),
                    TermId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TermIndex", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TermIndex_ContentItemId",
                table: "TermIndex",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_TermIndex_TaxonomyId_TermId",
                table: "TermIndex",
                columns: new[] { "TaxonomyId", "TermId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TermIndex");
        }
    }
}
