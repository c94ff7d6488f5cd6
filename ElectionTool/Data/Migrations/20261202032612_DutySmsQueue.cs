using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ElectionTool.Data.Migrations;

/// <inheritdoc />
public partial class DutySmsQueue : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "DutySms",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                DrawRunId = table.Column<long>(type: "INTEGER", nullable: false),
                EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                Mobile = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                Text = table.Column<string>(type: "TEXT", nullable: false),
                Purpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                QueuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                Tries = table.Column<int>(type: "INTEGER", nullable: false),
                LastError = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DutySms", x => x.Id);
            });

        migrationBuilder.CreateIndex(
            name: "IX_DutySms_DrawRunId_EmployeeId",
            table: "DutySms",
            columns: new[] { "DrawRunId", "EmployeeId" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_DutySms_SentAt",
            table: "DutySms",
            column: "SentAt");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "DutySms");
    }
}
