using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class Summaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CommuneSummaries",
                columns: table => new
                {
                    CommuneId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceId = table.Column<int>(type: "INTEGER", nullable: false),
                    DistrictId = table.Column<int>(type: "INTEGER", nullable: true),
                    CurrentLength = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrentYears = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LongestLength = table.Column<int>(type: "INTEGER", nullable: false),
                    LongestYears = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MilestoneLength = table.Column<int>(type: "INTEGER", nullable: false),
                    MilestoneYear = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommuneSummaries", x => x.CommuneId);
                    table.ForeignKey(
                        name: "FK_CommuneSummaries_Units_CommuneId",
                        column: x => x.CommuneId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DossierSummaries",
                columns: table => new
                {
                    DossierId = table.Column<int>(type: "INTEGER", nullable: false),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceId = table.Column<int>(type: "INTEGER", nullable: false),
                    DistrictId = table.Column<int>(type: "INTEGER", nullable: true),
                    CommuneId = table.Column<int>(type: "INTEGER", nullable: false),
                    StandardCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SelfTotal = table.Column<int>(type: "INTEGER", nullable: true),
                    AppraisedTotal = table.Column<int>(type: "INTEGER", nullable: true),
                    Verdict = table.Column<bool>(type: "INTEGER", nullable: true),
                    StagesDone = table.Column<int>(type: "INTEGER", nullable: false),
                    StagesOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierSummaries", x => x.DossierId);
                    table.ForeignKey(
                        name: "FK_DossierSummaries_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CommuneSummaries_DistrictId_CurrentLength",
                table: "CommuneSummaries",
                columns: new[] { "DistrictId", "CurrentLength" });

            migrationBuilder.CreateIndex(
                name: "IX_CommuneSummaries_ProvinceId_CurrentLength",
                table: "CommuneSummaries",
                columns: new[] { "ProvinceId", "CurrentLength" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierSummaries_CommuneId_Year_State",
                table: "DossierSummaries",
                columns: new[] { "CommuneId", "Year", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierSummaries_DistrictId_Year_State",
                table: "DossierSummaries",
                columns: new[] { "DistrictId", "Year", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierSummaries_ProvinceId_Year_State",
                table: "DossierSummaries",
                columns: new[] { "ProvinceId", "Year", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierSummaries_RoundId_State",
                table: "DossierSummaries",
                columns: new[] { "RoundId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierSummaries_Year_State",
                table: "DossierSummaries",
                columns: new[] { "Year", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommuneSummaries");

            migrationBuilder.DropTable(
                name: "DossierSummaries");
        }
    }
}
