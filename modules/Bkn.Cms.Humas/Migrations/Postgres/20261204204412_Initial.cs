using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Bkn.Cms.Humas.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChangeNotes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentItemId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeNotes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EditorialStates",
                columns: table => new
                {
                    ContentItemId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SubmittedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ReviewNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ApprovedVersionId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: true),
                    PendingChangeNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    WithdrawnReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    WithdrawnUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RowVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EditorialStates", x => x.ContentItemId);
                });

            migrationBuilder.CreateTable(
                name: "PublicationIndex",
                columns: table => new
                {
                    ContentItemId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Path = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    Date = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Published = table.Column<bool>(type: "boolean", nullable: false),
                    PublishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    GoneUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Kind = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ImagePath = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicationIndex", x => x.ContentItemId);
                });

            migrationBuilder.CreateTable(
                name: "RegulationLinks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FromId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    ToId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegulationLinks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChangeNotes_ContentItemId",
                table: "ChangeNotes",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_EditorialStates_Status_ModifiedUtc",
                table: "EditorialStates",
                columns: new[] { "Status", "ModifiedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicationIndex_ContentType_Published_Date",
                table: "PublicationIndex",
                columns: new[] { "ContentType", "Published", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicationIndex_ContentType_Published_Year",
                table: "PublicationIndex",
                columns: new[] { "ContentType", "Published", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicationIndex_Path",
                table: "PublicationIndex",
                column: "Path");

            migrationBuilder.CreateIndex(
                name: "IX_RegulationLinks_FromId",
                table: "RegulationLinks",
                column: "FromId");

            migrationBuilder.CreateIndex(
                name: "IX_RegulationLinks_ToId",
                table: "RegulationLinks",
                column: "ToId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChangeNotes");

            migrationBuilder.DropTable(
                name: "EditorialStates");

            migrationBuilder.DropTable(
                name: "PublicationIndex");

            migrationBuilder.DropTable(
                name: "RegulationLinks");
        }
    }
}
