using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Data.Migrations
{
    /// <inheritdoc />
    public partial class DocumentVersionsAndNotificationTexts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TextArgs",
                table: "Notifications",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TextKey",
                table: "Notifications",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "Removed",
                table: "DossierFiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "SupersededAtUtc",
                table: "DossierFiles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SupersededBy",
                table: "DossierFiles",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MailOutbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NotificationId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClaimedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SkippedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SkippedBecause = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    FailedAttempts = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MailOutbox", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MailOutbox_Notifications_NotificationId",
                        column: x => x.NotificationId,
                        principalTable: "Notifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MailOutbox_NotificationId",
                table: "MailOutbox",
                column: "NotificationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MailOutbox_SentAtUtc_SkippedAtUtc",
                table: "MailOutbox",
                columns: new[] { "SentAtUtc", "SkippedAtUtc" });

            // Notifications written before texts were keys keep their Vietnamese title and body as arguments of a key
            // that shows them as written; those not yet e-mailed become the outbox's pending rows.
            migrationBuilder.Sql("""
                UPDATE "Notifications" SET "TextKey" = 'Notify.Stored', "TextArgs" = json_array('=' || "Title", '=' || "Body");
                INSERT INTO "MailOutbox" ("NotificationId", "UserId", "CreatedAtUtc", "FailedAttempts")
                    SELECT "Id", "UserId", "CreatedAtUtc", 0 FROM "Notifications" WHERE "EmailedAtUtc" IS NULL;
                """);

            migrationBuilder.DropColumn(
                name: "Body",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "EmailedAtUtc",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "Title",
                table: "Notifications");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MailOutbox");

            migrationBuilder.DropColumn(
                name: "TextArgs",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "TextKey",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "Removed",
                table: "DossierFiles");

            migrationBuilder.DropColumn(
                name: "SupersededAtUtc",
                table: "DossierFiles");

            migrationBuilder.DropColumn(
                name: "SupersededBy",
                table: "DossierFiles");

            migrationBuilder.AddColumn<string>(
                name: "Body",
                table: "Notifications",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "EmailedAtUtc",
                table: "Notifications",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Title",
                table: "Notifications",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");
        }
    }
}
