using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Bkn.Cms.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentItemId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    TaxonomyId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    TermId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false)
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
