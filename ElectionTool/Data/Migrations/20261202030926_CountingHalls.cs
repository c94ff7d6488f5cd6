using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ElectionTool.Data.Migrations;

/// <inheritdoc />
public partial class CountingHalls : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "CountingHalls",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ElectionId = table.Column<int>(type: "INTEGER", nullable: false),
                ConstituencyUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                Number = table.Column<int>(type: "INTEGER", nullable: false),
                Centre = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                Tables = table.Column<int>(type: "INTEGER", nullable: false),
                PostalBallotTables = table.Column<int>(type: "INTEGER", nullable: false),
                ReturningOfficerTable = table.Column<bool>(type: "INTEGER", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CountingHalls", x => x.Id);
                table.ForeignKey(
                    name: "FK_CountingHalls_ConstituencyUnits_ConstituencyUnitId",
                    column: x => x.ConstituencyUnitId,
                    principalTable: "ConstituencyUnits",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_CountingHalls_Elections_ElectionId",
                    column: x => x.ElectionId,
                    principalTable: "Elections",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CountingSettings",
            columns: table => new
            {
                ElectionId = table.Column<int>(type: "INTEGER", nullable: false),
                SupervisorMinPayLevel = table.Column<int>(type: "INTEGER", nullable: false),
                ReservePercent = table.Column<int>(type: "INTEGER", nullable: false),
                PollingStaffMayCount = table.Column<bool>(type: "INTEGER", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CountingSettings", x => x.ElectionId);
                table.ForeignKey(
                    name: "FK_CountingSettings_Elections_ElectionId",
                    column: x => x.ElectionId,
                    principalTable: "Elections",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_CountingHalls_ConstituencyUnitId",
            table: "CountingHalls",
            column: "ConstituencyUnitId");

        migrationBuilder.CreateIndex(
            name: "IX_CountingHalls_ElectionId_ConstituencyUnitId_Number",
            table: "CountingHalls",
            columns: new[] { "ElectionId", "ConstituencyUnitId", "Number" },
            unique: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "CountingHalls");

        migrationBuilder.DropTable(
            name: "CountingSettings");
    }
}
