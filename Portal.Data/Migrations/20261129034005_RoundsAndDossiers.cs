using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class RoundsAndDossiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Rounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StandardCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ScopeUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Chain = table.Column<int>(type: "INTEGER", nullable: false),
                    EvaluatedFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EvaluatedTo = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PostingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ReminderDays = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rounds_StandardSets_StandardCode",
                        column: x => x.StandardCode,
                        principalTable: "StandardSets",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Rounds_Units_ScopeUnitId",
                        column: x => x.ScopeUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Dossiers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    StandardCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CouncilDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CouncilMembers = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CouncilResult = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PostingStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PostingLastDay = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PostingRemarks = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    LeaderSignedOffBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LeaderSignedOffAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewCouncilDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewCouncilMembers = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReviewRecommendation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionSigner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SelfTotal = table.Column<int>(type: "INTEGER", nullable: true),
                    AppraisedTotal = table.Column<int>(type: "INTEGER", nullable: true),
                    StateSince = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dossiers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Dossiers_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Dossiers_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Registrations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RegisteredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Registrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Registrations_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Registrations_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RoundDeadline",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundDeadline", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoundDeadline_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoundHoliday",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoundId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundHoliday", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoundHoliday_Rounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "Rounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CriterionEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DossierId = table.Column<int>(type: "INTEGER", nullable: false),
                    CriterionNo = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    SelfInputJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SelfPoints = table.Column<int>(type: "INTEGER", nullable: true),
                    SourceNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SelfBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SelfAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AppraisedInputJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AppraisedPoints = table.Column<int>(type: "INTEGER", nullable: true),
                    AppraisalReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AppraisedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AppraisedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CriterionEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CriterionEntries_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DossierComments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DossierId = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DossierComments_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DossierEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DossierId = table.Column<int>(type: "INTEGER", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DossierEvents_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DossierFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DossierId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    CriterionNo = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    OriginalName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DossierFiles_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReturnItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DossierId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturnNo = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RaisedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RaisedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AnsweredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReturnItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReturnItems_Dossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "Dossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CriterionEntries_DossierId_CriterionNo",
                table: "CriterionEntries",
                columns: new[] { "DossierId", "CriterionNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DossierComments_DossierId",
                table: "DossierComments",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_DossierEvents_DossierId_AtUtc",
                table: "DossierEvents",
                columns: new[] { "DossierId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierFiles_DossierId",
                table: "DossierFiles",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_RoundId_UnitId",
                table: "Dossiers",
                columns: new[] { "RoundId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_State",
                table: "Dossiers",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_UnitId",
                table: "Dossiers",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_RoundId_UnitId",
                table: "Registrations",
                columns: new[] { "RoundId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Registrations_UnitId",
                table: "Registrations",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ReturnItems_DossierId",
                table: "ReturnItems",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_RoundDeadline_RoundId_Stage",
                table: "RoundDeadline",
                columns: new[] { "RoundId", "Stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoundHoliday_RoundId_Date",
                table: "RoundHoliday",
                columns: new[] { "RoundId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Rounds_ScopeUnitId_Year",
                table: "Rounds",
                columns: new[] { "ScopeUnitId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_Rounds_StandardCode",
                table: "Rounds",
                column: "StandardCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CriterionEntries");

            migrationBuilder.DropTable(
                name: "DossierComments");

            migrationBuilder.DropTable(
                name: "DossierEvents");

            migrationBuilder.DropTable(
                name: "DossierFiles");

            migrationBuilder.DropTable(
                name: "Registrations");

            migrationBuilder.DropTable(
                name: "ReturnItems");

            migrationBuilder.DropTable(
                name: "RoundDeadline");

            migrationBuilder.DropTable(
                name: "RoundHoliday");

            migrationBuilder.DropTable(
                name: "Dossiers");

            migrationBuilder.DropTable(
                name: "Rounds");
        }
    }
}
