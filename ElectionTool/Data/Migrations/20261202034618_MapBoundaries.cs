using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ElectionTool.Data.Migrations;

/// <inheritdoc />
public partial class MapBoundaries : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Boundaries",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                ConstituencyUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                PollingStationId = table.Column<int>(type: "INTEGER", nullable: true),
                Wkt = table.Column<string>(type: "TEXT", nullable: false),
                CentroidLatitude = table.Column<double>(type: "REAL", nullable: false),
                CentroidLongitude = table.Column<double>(type: "REAL", nullable: false),
                AreaSqKm = table.Column<double>(type: "REAL", nullable: false),
                MinLongitude = table.Column<double>(type: "REAL", nullable: false),
                MinLatitude = table.Column<double>(type: "REAL", nullable: false),
                MaxLongitude = table.Column<double>(type: "REAL", nullable: false),
                MaxLatitude = table.Column<double>(type: "REAL", nullable: false),
                Source = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                ImportedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Boundaries", x => x.Id);
                table.ForeignKey(
                    name: "FK_Boundaries_ConstituencyUnits_ConstituencyUnitId",
                    column: x => x.ConstituencyUnitId,
                    principalTable: "ConstituencyUnits",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_Boundaries_PollingStations_PollingStationId",
                    column: x => x.PollingStationId,
                    principalTable: "PollingStations",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_Boundaries_ConstituencyUnitId",
            table: "Boundaries",
            column: "ConstituencyUnitId");

        migrationBuilder.CreateIndex(
            name: "IX_Boundaries_Kind_ConstituencyUnitId_PollingStationId",
            table: "Boundaries",
            columns: new[] { "Kind", "ConstituencyUnitId", "PollingStationId" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Boundaries_PollingStationId",
            table: "Boundaries",
            column: "PollingStationId");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "Boundaries");
    }
}
