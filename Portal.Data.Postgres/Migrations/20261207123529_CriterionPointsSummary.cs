using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CriterionPointsSummary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CriterionPoints",
                table: "DossierSummaries",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            // Existing rows get their list from the criterion rows, in the order SummaryStore writes it (by number).
            migrationBuilder.Sql("""
                UPDATE "DossierSummaries" s SET "CriterionPoints" = COALESCE((
                    SELECT string_agg(c."CriterionNo" || ':' || COALESCE(c."AppraisedPoints", c."SelfPoints")::text, ','
                        ORDER BY length(c."CriterionNo"), c."CriterionNo" COLLATE "C")
                    FROM "CriterionEntries" c
                    WHERE c."DossierId" = s."DossierId" AND COALESCE(c."AppraisedPoints", c."SelfPoints") IS NOT NULL), '');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CriterionPoints",
                table: "DossierSummaries");
        }
    }
}
