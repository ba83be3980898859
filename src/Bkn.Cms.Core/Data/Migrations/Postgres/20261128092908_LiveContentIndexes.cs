using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bkn.Cms.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LiveContentIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentItems_ContentType_Latest_Deleted_ModifiedUtc_Id",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Latest_Deleted_ModifiedUtc_Id",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_UnitId_Latest_Deleted_ModifiedUtc_Id",
                table: "ContentItems");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Live_Created",
                table: "ContentItems",
                columns: new[] { "CreatedUtc", "Id" },
                filter: "\"Latest\" AND NOT \"Deleted\"");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Live_Modified",
                table: "ContentItems",
                columns: new[] { "ModifiedUtc", "Id" },
                filter: "\"Latest\" AND NOT \"Deleted\"");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Live_Title",
                table: "ContentItems",
                columns: new[] { "DisplayText", "Id" },
                filter: "\"Latest\" AND NOT \"Deleted\"");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Live_Type_Created",
                table: "ContentItems",
                columns: new[] { "ContentType", "CreatedUtc", "Id" },
                filter: "\"Latest\" AND NOT \"Deleted\"");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Live_Type_Modified",
                table: "ContentItems",
                columns: new[] { "ContentType", "ModifiedUtc", "Id" },
                filter: "\"Latest\" AND NOT \"Deleted\"");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Live_Type_Title",
                table: "ContentItems",
                columns: new[] { "ContentType", "DisplayText", "Id" },
                filter: "\"Latest\" AND NOT \"Deleted\"");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Live_Unit_Modified",
                table: "ContentItems",
                columns: new[] { "UnitId", "ModifiedUtc", "Id" },
                filter: "\"Latest\" AND NOT \"Deleted\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Live_Created",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Live_Modified",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Live_Title",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Live_Type_Created",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Live_Type_Modified",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Live_Type_Title",
                table: "ContentItems");

            migrationBuilder.DropIndex(
                name: "IX_ContentItems_Live_Unit_Modified",
                table: "ContentItems");

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_ContentType_Latest_Deleted_ModifiedUtc_Id",
                table: "ContentItems",
                columns: new[] { "ContentType", "Latest", "Deleted", "ModifiedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_Latest_Deleted_ModifiedUtc_Id",
                table: "ContentItems",
                columns: new[] { "Latest", "Deleted", "ModifiedUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentItems_UnitId_Latest_Deleted_ModifiedUtc_Id",
                table: "ContentItems",
                columns: new[] { "UnitId", "Latest", "Deleted", "ModifiedUtc", "Id" });
        }
    }
}
