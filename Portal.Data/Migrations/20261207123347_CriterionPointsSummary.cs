using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations
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
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            // Existing rows get their list from the criterion rows, in the order SummaryStore writes it (by number).
            migrationBuilder.Sql("""
                UPDATE "DossierSummaries" SET "CriterionPoints" = COALESCE((
                    SELECT group_concat(c."CriterionNo" || ':' || COALESCE(c."AppraisedPoints", c."SelfPoints"), ','
                        ORDER BY length(c."CriterionNo"), c."CriterionNo")
                    FROM "CriterionEntries" c
                    WHERE c."DossierId" = "DossierSummaries"."DossierId" AND COALESCE(c."AppraisedPoints", c."SelfPoints") IS NOT NULL), '');
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
