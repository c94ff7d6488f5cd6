using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ElectionTool.Data.Migrations;

/// <inheritdoc />
public partial class IntegrationsAndDutyLookup : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "DutyLookupCodes",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                Mobile = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                CodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                ClientAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                FailedTries = table.Column<int>(type: "INTEGER", nullable: false),
                UsedAt = table.Column<long>(type: "INTEGER", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DutyLookupCodes", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Integrations",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                KeyPrefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                KeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                Scopes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                OfficeCodes = table.Column<string>(type: "TEXT", nullable: false),
                DepartmentCodes = table.Column<string>(type: "TEXT", nullable: false),
                CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                ExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                RevokedBy = table.Column<string>(type: "TEXT", nullable: true),
                RotatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                LastUsedAt = table.Column<long>(type: "INTEGER", nullable: true),
                Calls = table.Column<long>(type: "INTEGER", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Integrations", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "SmsOutbox",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                At = table.Column<long>(type: "INTEGER", nullable: false),
                Mobile = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                Text = table.Column<string>(type: "TEXT", nullable: false),
                Purpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SmsOutbox", x => x.Id);
            });

        migrationBuilder.CreateIndex(
            name: "IX_DutyLookupCodes_ClientAddress_CreatedAt",
            table: "DutyLookupCodes",
            columns: new[] { "ClientAddress", "CreatedAt" });

        migrationBuilder.CreateIndex(
            name: "IX_DutyLookupCodes_Mobile_CreatedAt",
            table: "DutyLookupCodes",
            columns: new[] { "Mobile", "CreatedAt" });

        migrationBuilder.CreateIndex(
            name: "IX_Integrations_KeyHash",
            table: "Integrations",
            column: "KeyHash",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Integrations_Name",
            table: "Integrations",
            column: "Name",
            unique: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "DutyLookupCodes");

        migrationBuilder.DropTable(
            name: "Integrations");

        migrationBuilder.DropTable(
            name: "SmsOutbox");
    }
}
