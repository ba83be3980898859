using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bkn.Cms.Pkt.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class HelpdeskTicketAndCallIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HelpdeskTicketNumber",
                table: "PktTickets",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HelpdeskTicketUrl",
                table: "PktTickets",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PktTickets_CounterCode_Day_CalledUtc",
                table: "PktTickets",
                columns: new[] { "CounterCode", "Day", "CalledUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PktTickets_CounterCode_Day_Status_Priority_QueueUtc",
                table: "PktTickets",
                columns: new[] { "CounterCode", "Day", "Status", "Priority", "QueueUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PktTickets_CounterCode_Day_Status_SlotStartUtc",
                table: "PktTickets",
                columns: new[] { "CounterCode", "Day", "Status", "SlotStartUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PktTickets_DeskCode_Status",
                table: "PktTickets",
                columns: new[] { "DeskCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PktTickets_Report",
                table: "PktTickets",
                columns: new[] { "CounterCode", "Day", "ServiceId", "Status", "TransferredFromId", "AppointmentId", "IssuedUtc", "CalledUtc", "StartedUtc", "FinishedUtc", "EstimateLowMinutes", "EstimateHighMinutes" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PktTickets_CounterCode_Day_CalledUtc",
                table: "PktTickets");

            migrationBuilder.DropIndex(
                name: "IX_PktTickets_CounterCode_Day_Status_Priority_QueueUtc",
                table: "PktTickets");

            migrationBuilder.DropIndex(
                name: "IX_PktTickets_CounterCode_Day_Status_SlotStartUtc",
                table: "PktTickets");

            migrationBuilder.DropIndex(
                name: "IX_PktTickets_DeskCode_Status",
                table: "PktTickets");

            migrationBuilder.DropIndex(
                name: "IX_PktTickets_Report",
                table: "PktTickets");

            migrationBuilder.DropColumn(
                name: "HelpdeskTicketNumber",
                table: "PktTickets");

            migrationBuilder.DropColumn(
                name: "HelpdeskTicketUrl",
                table: "PktTickets");
        }
    }
}
