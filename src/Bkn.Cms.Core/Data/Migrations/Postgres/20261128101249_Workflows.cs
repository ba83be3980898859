using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Bkn.Cms.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Workflows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Url = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReadUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorkflowTypes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkflowTypeId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsLatest = table.Column<bool>(type: "boolean", nullable: false),
                    IsEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    Definition = table.Column<string>(type: "text", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorkflowInstances",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InstanceId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    WorkflowTypeId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TypeVersionId = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CorrelationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    State = table.Column<string>(type: "jsonb", nullable: false),
                    Journal = table.Column<string>(type: "jsonb", nullable: false),
                    FaultMessage = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LockVersion = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowInstances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkflowInstances_WorkflowTypes_TypeVersionId",
                        column: x => x.TypeVersionId,
                        principalTable: "WorkflowTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkflowBlockingActivities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InstanceRowId = table.Column<long>(type: "bigint", nullable: true),
                    TypeVersionId = table.Column<long>(type: "bigint", nullable: false),
                    WorkflowTypeId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ActivityId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ActivityName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    CorrelationId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DueUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClaimToken = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ClaimedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowBlockingActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkflowBlockingActivities_WorkflowInstances_InstanceRowId",
                        column: x => x.InstanceRowId,
                        principalTable: "WorkflowInstances",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_WorkflowBlockingActivities_WorkflowTypes_TypeVersionId",
                        column: x => x.TypeVersionId,
                        principalTable: "WorkflowTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_ReadUtc_Id",
                table: "Notifications",
                columns: new[] { "UserId", "ReadUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBlockingActivities_ActivityName_CorrelationId",
                table: "WorkflowBlockingActivities",
                columns: new[] { "ActivityName", "CorrelationId" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBlockingActivities_Due",
                table: "WorkflowBlockingActivities",
                column: "DueUtc",
                filter: "\"DueUtc\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBlockingActivities_InstanceRowId",
                table: "WorkflowBlockingActivities",
                column: "InstanceRowId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowBlockingActivities_TypeVersionId",
                table: "WorkflowBlockingActivities",
                column: "TypeVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_CorrelationId_WorkflowTypeId",
                table: "WorkflowInstances",
                columns: new[] { "CorrelationId", "WorkflowTypeId" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_InstanceId",
                table: "WorkflowInstances",
                column: "InstanceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_Status_FinishedUtc",
                table: "WorkflowInstances",
                columns: new[] { "Status", "FinishedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_Status_Id",
                table: "WorkflowInstances",
                columns: new[] { "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_TypeVersionId",
                table: "WorkflowInstances",
                column: "TypeVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowInstances_WorkflowTypeId_Status_Id",
                table: "WorkflowInstances",
                columns: new[] { "WorkflowTypeId", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowTypes_Latest",
                table: "WorkflowTypes",
                column: "WorkflowTypeId",
                unique: true,
                filter: "\"IsLatest\"");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowTypes_WorkflowTypeId_Version",
                table: "WorkflowTypes",
                columns: new[] { "WorkflowTypeId", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "WorkflowBlockingActivities");

            migrationBuilder.DropTable(
                name: "WorkflowInstances");

            migrationBuilder.DropTable(
                name: "WorkflowTypes");
        }
    }
}
