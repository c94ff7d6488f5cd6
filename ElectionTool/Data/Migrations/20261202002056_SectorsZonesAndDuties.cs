using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ElectionTool.Data.Migrations;

/// <inheritdoc />
public partial class SectorsZonesAndDuties : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            name: "Duty",
            table: "DrawRuns",
            type: "TEXT",
            maxLength: 32,
            nullable: false,
            defaultValue: "PollingParty");

        migrationBuilder.CreateTable(
            name: "DutySettings",
            columns: table => new
            {
                ElectionId = table.Column<int>(type: "INTEGER", nullable: false),
                StationsPerSector = table.Column<int>(type: "INTEGER", nullable: false),
                SectorsPerZone = table.Column<int>(type: "INTEGER", nullable: false),
                ZonalMinPayLevel = table.Column<int>(type: "INTEGER", nullable: false),
                SectorMinPayLevel = table.Column<int>(type: "INTEGER", nullable: false),
                ReservePercent = table.Column<int>(type: "INTEGER", nullable: false),
                SectorsLockedAt = table.Column<long>(type: "INTEGER", nullable: true),
                SectorsLockedBy = table.Column<string>(type: "TEXT", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DutySettings", x => x.ElectionId);
                table.ForeignKey(
                    name: "FK_DutySettings_Elections_ElectionId",
                    column: x => x.ElectionId,
                    principalTable: "Elections",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Zones",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ElectionId = table.Column<int>(type: "INTEGER", nullable: false),
                ConstituencyUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                Number = table.Column<int>(type: "INTEGER", nullable: false),
                Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Zones", x => x.Id);
                table.ForeignKey(
                    name: "FK_Zones_ConstituencyUnits_ConstituencyUnitId",
                    column: x => x.ConstituencyUnitId,
                    principalTable: "ConstituencyUnits",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Zones_Elections_ElectionId",
                    column: x => x.ElectionId,
                    principalTable: "Elections",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Sectors",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ElectionId = table.Column<int>(type: "INTEGER", nullable: false),
                ConstituencyUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                ZoneId = table.Column<int>(type: "INTEGER", nullable: true),
                Number = table.Column<int>(type: "INTEGER", nullable: false),
                Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                RouteKm = table.Column<double>(type: "REAL", nullable: false),
                NoLocation = table.Column<bool>(type: "INTEGER", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Sectors", x => x.Id);
                table.ForeignKey(
                    name: "FK_Sectors_ConstituencyUnits_ConstituencyUnitId",
                    column: x => x.ConstituencyUnitId,
                    principalTable: "ConstituencyUnits",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Sectors_Elections_ElectionId",
                    column: x => x.ElectionId,
                    principalTable: "Elections",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_Sectors_Zones_ZoneId",
                    column: x => x.ZoneId,
                    principalTable: "Zones",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
            });

        migrationBuilder.CreateTable(
            name: "SectorStations",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ElectionId = table.Column<int>(type: "INTEGER", nullable: false),
                SectorId = table.Column<int>(type: "INTEGER", nullable: false),
                PollingStationId = table.Column<int>(type: "INTEGER", nullable: false),
                RouteOrder = table.Column<int>(type: "INTEGER", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SectorStations", x => x.Id);
                table.ForeignKey(
                    name: "FK_SectorStations_PollingStations_PollingStationId",
                    column: x => x.PollingStationId,
                    principalTable: "PollingStations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_SectorStations_Sectors_SectorId",
                    column: x => x.SectorId,
                    principalTable: "Sectors",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_Sectors_ConstituencyUnitId",
            table: "Sectors",
            column: "ConstituencyUnitId");

        migrationBuilder.CreateIndex(
            name: "IX_Sectors_ElectionId_Code",
            table: "Sectors",
            columns: new[] { "ElectionId", "Code" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Sectors_ZoneId",
            table: "Sectors",
            column: "ZoneId");

        migrationBuilder.CreateIndex(
            name: "IX_SectorStations_ElectionId_PollingStationId",
            table: "SectorStations",
            columns: new[] { "ElectionId", "PollingStationId" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_SectorStations_PollingStationId",
            table: "SectorStations",
            column: "PollingStationId");

        migrationBuilder.CreateIndex(
            name: "IX_SectorStations_SectorId",
            table: "SectorStations",
            column: "SectorId");

        migrationBuilder.CreateIndex(
            name: "IX_Zones_ConstituencyUnitId",
            table: "Zones",
            column: "ConstituencyUnitId");

        migrationBuilder.CreateIndex(
            name: "IX_Zones_ElectionId_Code",
            table: "Zones",
            columns: new[] { "ElectionId", "Code" },
            unique: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "DutySettings");

        migrationBuilder.DropTable(
            name: "SectorStations");

        migrationBuilder.DropTable(
            name: "Sectors");

        migrationBuilder.DropTable(
            name: "Zones");

        migrationBuilder.DropColumn(
            name: "Duty",
            table: "DrawRuns");
    }
}
