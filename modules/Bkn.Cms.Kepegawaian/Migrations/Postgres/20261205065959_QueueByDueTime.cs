using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bkn.Cms.Kepegawaian.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class QueueByDueTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_KpoUsulan_AgencyId_DueUtc_Id",
                table: "KpoUsulan",
                columns: new[] { "AgencyId", "DueUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_KpoUsulan_DueUtc_Id",
                table: "KpoUsulan",
                columns: new[] { "DueUtc", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_KpoUsulan_AgencyId_DueUtc_Id",
                table: "KpoUsulan");

            migrationBuilder.DropIndex(
                name: "IX_KpoUsulan_DueUtc_Id",
                table: "KpoUsulan");
        }
    }
}
