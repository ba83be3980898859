using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bkn.Cms.Data.Migrations.Postgres
{
    /// <summary>
    /// Title search in the admin list ("contains", case-insensitive) served by a trigram index on live rows. pg_trgm is a
    /// trusted extension: the database owner may create it.
    /// </summary>
    public partial class TitleTrigramIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql("CREATE INDEX \"IX_ContentItems_Live_DisplayText_Trgm\" ON \"ContentItems\" USING gin (\"DisplayText\" gin_trgm_ops) WHERE \"Latest\" AND NOT \"Deleted\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS \"IX_ContentItems_Live_DisplayText_Trgm\";");
        }
    }
}
