using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bkn.Cms.Pkt.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QueueIndexesByDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PktTickets_CounterCode_Status_QueueUtc",
                table: "PktTickets");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_PktTickets_CounterCode_Status_QueueUtc",
                table: "PktTickets",
                columns: new[] { "CounterCode", "Status", "QueueUtc" });
        }
    }
}
