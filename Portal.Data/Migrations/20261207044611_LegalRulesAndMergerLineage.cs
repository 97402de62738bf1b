using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class LegalRulesAndMergerLineage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AppraisingOffice",
                table: "Units",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AppraisingLevel",
                table: "Rounds",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ChainBasis",
                table: "Rounds",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ChainConfirmedAtUtc",
                table: "Rounds",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChainConfirmedBy",
                table: "Rounds",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ClosedAtUtc",
                table: "Rounds",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosedBy",
                table: "Rounds",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DecidingLevel",
                table: "Rounds",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "DecisionBases",
                table: "Rounds",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DecisionMode",
                table: "Rounds",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "FiveYearForm",
                table: "Rounds",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "FiveYearLevel",
                table: "Rounds",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "GraceDays",
                table: "Rounds",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "MinistryName",
                table: "Rounds",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SubmissionDate",
                table: "Rounds",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubmissionNumber",
                table: "Rounds",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ThreeYearForm",
                table: "Rounds",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ThreeYearLevel",
                table: "Rounds",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "DeciderLevel",
                table: "RewardProposals",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "UsualForm",
                table: "RewardProposals",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "DecisionSignerTitle",
                table: "Dossiers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReturnedSelfInputJson",
                table: "CriterionEntries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReturnedSelfPoints",
                table: "CriterionEntries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CommuneCategories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    StandardCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SetBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SetAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommuneCategories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommuneCategories_StandardSets_StandardCode",
                        column: x => x.StandardCode,
                        principalTable: "StandardSets",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CommuneCategories_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UnitLineages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PredecessorId = table.Column<int>(type: "INTEGER", nullable: false),
                    SuccessorId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsPart = table.Column<bool>(type: "INTEGER", nullable: false),
                    Removed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitLineages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitLineages_Units_PredecessorId",
                        column: x => x.PredecessorId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnitLineages_Units_SuccessorId",
                        column: x => x.SuccessorId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UnitLineageChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    LineageId = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Before = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    After = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitLineageChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitLineageChanges_UnitLineages_LineageId",
                        column: x => x.LineageId,
                        principalTable: "UnitLineages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CommuneCategories_StandardCode",
                table: "CommuneCategories",
                column: "StandardCode");

            migrationBuilder.CreateIndex(
                name: "IX_CommuneCategories_UnitId_StandardCode",
                table: "CommuneCategories",
                columns: new[] { "UnitId", "StandardCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitLineageChanges_LineageId",
                table: "UnitLineageChanges",
                column: "LineageId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitLineages_PredecessorId_SuccessorId",
                table: "UnitLineages",
                columns: new[] { "PredecessorId", "SuccessorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitLineages_SuccessorId",
                table: "UnitLineages",
                column: "SuccessorId");

            // Rows that existed before: the settings their chain had (the provincial plan's three-level rules, or the
            // province taking the district's part in two levels), and the usual form and decider of their proposals.
            migrationBuilder.Sql("""
                UPDATE Rounds SET
                    AppraisingLevel = CASE Chain WHEN 2 THEN 1 ELSE 2 END,
                    DecidingLevel = CASE Chain WHEN 2 THEN 1 ELSE 2 END,
                    ThreeYearLevel = CASE Chain WHEN 2 THEN 1 ELSE 2 END,
                    ThreeYearForm = 1, FiveYearLevel = 1, FiveYearForm = 2, GraceDays = 30, DecisionMode = 1;
                UPDATE RewardProposals SET
                    UsualForm = CASE Level WHEN 'District' THEN 'GiayKhen' ELSE 'BangKhen' END,
                    DeciderLevel = CASE WHEN Level = 'District' AND (SELECT length(u.Path) - length(replace(u.Path, '/', ''))
                        FROM Units u WHERE u.Id = RewardProposals.UnitId) >= 5 THEN 2 ELSE 1 END;
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommuneCategories");

            migrationBuilder.DropTable(
                name: "UnitLineageChanges");

            migrationBuilder.DropTable(
                name: "UnitLineages");

            migrationBuilder.DropColumn(
                name: "AppraisingOffice",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "AppraisingLevel",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "ChainBasis",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "ChainConfirmedAtUtc",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "ChainConfirmedBy",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "ClosedAtUtc",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "ClosedBy",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "DecidingLevel",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "DecisionBases",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "DecisionMode",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "FiveYearForm",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "FiveYearLevel",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "GraceDays",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "MinistryName",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "SubmissionDate",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "SubmissionNumber",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "ThreeYearForm",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "ThreeYearLevel",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "DeciderLevel",
                table: "RewardProposals");

            migrationBuilder.DropColumn(
                name: "UsualForm",
                table: "RewardProposals");

            migrationBuilder.DropColumn(
                name: "DecisionSignerTitle",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "ReturnedSelfInputJson",
                table: "CriterionEntries");

            migrationBuilder.DropColumn(
                name: "ReturnedSelfPoints",
                table: "CriterionEntries");
        }
    }
}
