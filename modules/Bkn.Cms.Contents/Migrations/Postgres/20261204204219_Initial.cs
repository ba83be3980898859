using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Bkn.Cms.Contents.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AutorouteEntries",
                columns: table => new
                {
                    Path = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ContentItemId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AutorouteEntries", x => x.Path);
                });

            migrationBuilder.CreateTable(
                name: "AutorouteRedirects",
                columns: table => new
                {
                    Path = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ContentItemId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AutorouteRedirects", x => x.Path);
                });

            migrationBuilder.CreateTable(
                name: "ScheduledContent",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentItemId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    Action = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DueUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledContent", x => x.Id);
                });

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
                name: "IX_AutorouteEntries_ContentItemId",
                table: "AutorouteEntries",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_AutorouteRedirects_ContentItemId",
                table: "AutorouteRedirects",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledContent_ContentItemId",
                table: "ScheduledContent",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledContent_DueUtc",
                table: "ScheduledContent",
                column: "DueUtc");

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
                name: "AutorouteEntries");

            migrationBuilder.DropTable(
                name: "AutorouteRedirects");

            migrationBuilder.DropTable(
                name: "ScheduledContent");

            migrationBuilder.DropTable(
                name: "TermIndex");
        }
    }
}
