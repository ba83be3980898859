using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bkn.Cms.WebService.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditCallKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "Key",
                table: "WsCalls",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_WsCalls_Key",
                table: "WsCalls",
                column: "Key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WsCalls_Key",
                table: "WsCalls");

            migrationBuilder.DropColumn(
                name: "Key",
                table: "WsCalls");
        }
    }
}
