using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Bkn.Cms.Helpdesk.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "HelpdeskAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TicketId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    StoragePath = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpdeskAttachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HelpdeskCannedAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    CategoryId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpdeskCannedAnswers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HelpdeskCaptchaUses",
                columns: table => new
                {
                    Nonce = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpdeskCaptchaUses", x => x.Nonce);
                });

            migrationBuilder.CreateTable(
                name: "HelpdeskCategories",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Form = table.Column<int>(type: "integer", nullable: false),
                    TeamId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SlaHours = table.Column<int>(type: "integer", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpdeskCategories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HelpdeskCounters",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpdeskCounters", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "HelpdeskFaqs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Question = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Answer = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    CategoryId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpdeskFaqs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HelpdeskMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TicketId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AuthorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Body = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpdeskMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HelpdeskQueueCounts",
                columns: table => new
                {
                    TeamId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpdeskQueueCounts", x => new { x.TeamId, x.Status });
                });

            migrationBuilder.CreateTable(
                name: "HelpdeskTeams",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    SupervisorUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpdeskTeams", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HelpdeskTickets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ContentItemId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    SubmissionKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CategoryId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TeamId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    AssigneeId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AssigneeName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NikHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    NikMasked = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ApplicantName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Summary = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastActivityUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FirstResponseUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AnsweredUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DueUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PausedRemainingSeconds = table.Column<long>(type: "bigint", nullable: true),
                    WarnedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Overdue = table.Column<bool>(type: "boolean", nullable: false),
                    EscalatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EscalatedTo = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Rating = table.Column<int>(type: "integer", nullable: true),
                    ReopenCount = table.Column<int>(type: "integer", nullable: false),
                    DuplicateFlag = table.Column<bool>(type: "boolean", nullable: false),
                    MergedInto = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    AnonymisedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AttachmentCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpdeskTickets", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_HelpdeskAttachments_TicketId",
                table: "HelpdeskAttachments",
                column: "TicketId");

            migrationBuilder.CreateIndex(
                name: "IX_HelpdeskCaptchaUses_ExpiresUtc",
                table: "HelpdeskCaptchaUses",
                column: "ExpiresUtc");

            migrationBuilder.CreateIndex(
                name: "IX_HelpdeskMessages_TicketId_Id",
                table: "HelpdeskMessages",
                columns: new[] { "TicketId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_HelpdeskTickets_AssigneeId_Status_Id",
                table: "HelpdeskTickets",
                columns: new[] { "AssigneeId", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_HelpdeskTickets_CategoryId_Status_Id",
                table: "HelpdeskTickets",
                columns: new[] { "CategoryId", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_HelpdeskTickets_ClosedUtc",
                table: "HelpdeskTickets",
                column: "ClosedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_HelpdeskTickets_ContentItemId",
                table: "HelpdeskTickets",
                column: "ContentItemId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HelpdeskTickets_CreatedUtc",
                table: "HelpdeskTickets",
                column: "CreatedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_HelpdeskTickets_NikHash_CategoryId",
                table: "HelpdeskTickets",
                columns: new[] { "NikHash", "CategoryId" });

            migrationBuilder.CreateIndex(
                name: "IX_HelpdeskTickets_Number",
                table: "HelpdeskTickets",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HelpdeskTickets_Overdue_Status_Id",
                table: "HelpdeskTickets",
                columns: new[] { "Overdue", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_HelpdeskTickets_Status_DueUtc",
                table: "HelpdeskTickets",
                columns: new[] { "Status", "DueUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_HelpdeskTickets_Status_Id",
                table: "HelpdeskTickets",
                columns: new[] { "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_HelpdeskTickets_Status_LastActivityUtc",
                table: "HelpdeskTickets",
                columns: new[] { "Status", "LastActivityUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_HelpdeskTickets_SubmissionKey",
                table: "HelpdeskTickets",
                column: "SubmissionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HelpdeskTickets_TeamId_Status_Id",
                table: "HelpdeskTickets",
                columns: new[] { "TeamId", "Status", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HelpdeskAttachments");

            migrationBuilder.DropTable(
                name: "HelpdeskCannedAnswers");

            migrationBuilder.DropTable(
                name: "HelpdeskCaptchaUses");

            migrationBuilder.DropTable(
                name: "HelpdeskCategories");

            migrationBuilder.DropTable(
                name: "HelpdeskCounters");

            migrationBuilder.DropTable(
                name: "HelpdeskFaqs");

            migrationBuilder.DropTable(
                name: "HelpdeskMessages");

            migrationBuilder.DropTable(
                name: "HelpdeskQueueCounts");

            migrationBuilder.DropTable(
                name: "HelpdeskTeams");

            migrationBuilder.DropTable(
                name: "HelpdeskTickets");
        }
    }
}
