using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bkn.Cms.WebService.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Onboarding : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WsOnboardingEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OnboardingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WsOnboardingEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WsOnboardings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PublicAddresses = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PublicIpRegisteredUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RequestedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RequestedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    StageChangedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    DecidedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    RefusalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TrainingClientId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ProductionClientId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SealedTrainingSecret = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SealedProductionSecret = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Reminders = table.Column<int>(type: "INTEGER", nullable: false),
                    LastReminderUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WsOnboardings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WsOnboardingEntries_OnboardingId_AtUtc",
                table: "WsOnboardingEntries",
                columns: new[] { "OnboardingId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_WsOnboardings_AgencyId_Stage",
                table: "WsOnboardings",
                columns: new[] { "AgencyId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_WsOnboardings_Stage_StageChangedUtc",
                table: "WsOnboardings",
                columns: new[] { "Stage", "StageChangedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WsOnboardingEntries");

            migrationBuilder.DropTable(
                name: "WsOnboardings");
        }
    }
}
