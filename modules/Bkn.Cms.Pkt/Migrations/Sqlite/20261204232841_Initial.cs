using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bkn.Cms.Pkt.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PktAppointments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SlotStart = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Nip = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    TicketId = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PktAppointments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PktCounters",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LayananContentItemId = table.Column<string>(type: "TEXT", maxLength: 26, nullable: true),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PktCounters", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "PktDesks",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    CounterCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffUserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SignedInUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PktDesks", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "PktHolidays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PktHolidays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "PktServices",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CounterCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Requirements = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PktServices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PktSurveys",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TicketId = table.Column<long>(type: "INTEGER", nullable: false),
                    CounterCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    U1 = table.Column<int>(type: "INTEGER", nullable: false),
                    U2 = table.Column<int>(type: "INTEGER", nullable: false),
                    U3 = table.Column<int>(type: "INTEGER", nullable: false),
                    U4 = table.Column<int>(type: "INTEGER", nullable: false),
                    U5 = table.Column<int>(type: "INTEGER", nullable: false),
                    U6 = table.Column<int>(type: "INTEGER", nullable: false),
                    U7 = table.Column<int>(type: "INTEGER", nullable: false),
                    U8 = table.Column<int>(type: "INTEGER", nullable: false),
                    U9 = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PktSurveys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PktTickets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CounterCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    ServiceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Priority = table.Column<bool>(type: "INTEGER", nullable: false),
                    AppointmentId = table.Column<long>(type: "INTEGER", nullable: true),
                    SlotStartUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IssuedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    QueueUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CalledUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StartedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeskCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    StaffUserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Recalls = table.Column<int>(type: "INTEGER", nullable: false),
                    Nip = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    TransferredFromId = table.Column<long>(type: "INTEGER", nullable: true),
                    TransferNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EstimateLowMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    EstimateHighMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentsReceived = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CaseNotes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PktTickets", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PktAppointments_Code",
                table: "PktAppointments",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PktAppointments_ServiceId_Date_SlotStart",
                table: "PktAppointments",
                columns: new[] { "ServiceId", "Date", "SlotStart" });

            migrationBuilder.CreateIndex(
                name: "IX_PktServices_CounterCode",
                table: "PktServices",
                column: "CounterCode");

            migrationBuilder.CreateIndex(
                name: "IX_PktSurveys_Month",
                table: "PktSurveys",
                column: "Month");

            migrationBuilder.CreateIndex(
                name: "IX_PktSurveys_TicketId",
                table: "PktSurveys",
                column: "TicketId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PktTickets_Code",
                table: "PktTickets",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PktTickets_CounterCode_Day_Sequence",
                table: "PktTickets",
                columns: new[] { "CounterCode", "Day", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PktTickets_CounterCode_Status_QueueUtc",
                table: "PktTickets",
                columns: new[] { "CounterCode", "Status", "QueueUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PktTickets_IssuedUtc",
                table: "PktTickets",
                column: "IssuedUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PktAppointments");

            migrationBuilder.DropTable(
                name: "PktCounters");

            migrationBuilder.DropTable(
                name: "PktDesks");

            migrationBuilder.DropTable(
                name: "PktHolidays");

            migrationBuilder.DropTable(
                name: "PktServices");

            migrationBuilder.DropTable(
                name: "PktSurveys");

            migrationBuilder.DropTable(
                name: "PktTickets");
        }
    }
}
