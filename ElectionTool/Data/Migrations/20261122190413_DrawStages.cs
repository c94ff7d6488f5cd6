using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ElectionTool.Data.Migrations;

/// <inheritdoc />
public partial class DrawStages : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "DrawOrderDetails",
            columns: table => new
            {
                ElectionId = table.Column<int>(type: "INTEGER", nullable: false),
                OrderNumber = table.Column<string>(type: "TEXT", nullable: false),
                TrainingPlace = table.Column<string>(type: "TEXT", nullable: false),
                TrainingTime = table.Column<string>(type: "TEXT", nullable: false),
                ReportingPlace = table.Column<string>(type: "TEXT", nullable: false),
                ReportingTime = table.Column<string>(type: "TEXT", nullable: false),
                Signatory = table.Column<string>(type: "TEXT", nullable: false),
                UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DrawOrderDetails", x => x.ElectionId);
                table.ForeignKey(
                    name: "FK_DrawOrderDetails_Elections_ElectionId",
                    column: x => x.ElectionId,
                    principalTable: "Elections",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "DrawRuns",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ElectionId = table.Column<int>(type: "INTEGER", nullable: false),
                Stage = table.Column<int>(type: "INTEGER", nullable: false),
                Seed = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                InputHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                OutputHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                AlgorithmVersion = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                Feasible = table.Column<bool>(type: "INTEGER", nullable: false),
                Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                PreviousRunId = table.Column<long>(type: "INTEGER", nullable: true),
                RunBy = table.Column<string>(type: "TEXT", nullable: false),
                RunAt = table.Column<long>(type: "INTEGER", nullable: false),
                AcceptedBy = table.Column<string>(type: "TEXT", nullable: true),
                AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                DiscardedBy = table.Column<string>(type: "TEXT", nullable: true),
                DiscardedAt = table.Column<long>(type: "INTEGER", nullable: true),
                DiscardReason = table.Column<string>(type: "TEXT", nullable: true),
                InputSnapshot = table.Column<byte[]>(type: "BLOB", nullable: false),
                ResultJson = table.Column<string>(type: "TEXT", nullable: false),
                ReportJson = table.Column<string>(type: "TEXT", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DrawRuns", x => x.Id);
                table.ForeignKey(
                    name: "FK_DrawRuns_DrawRuns_PreviousRunId",
                    column: x => x.PreviousRunId,
                    principalTable: "DrawRuns",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_DrawRuns_Elections_ElectionId",
                    column: x => x.ElectionId,
                    principalTable: "Elections",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "PartyReplacements",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                RunId = table.Column<long>(type: "INTEGER", nullable: false),
                AbsentEmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                ReplacementEmployeeId = table.Column<int>(type: "INTEGER", nullable: true),
                PartyNumber = table.Column<int>(type: "INTEGER", nullable: true),
                Role = table.Column<string>(type: "TEXT", nullable: false),
                UnitCode = table.Column<string>(type: "TEXT", nullable: false),
                Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                Reason = table.Column<string>(type: "TEXT", nullable: false),
                By = table.Column<string>(type: "TEXT", nullable: false),
                At = table.Column<long>(type: "INTEGER", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PartyReplacements", x => x.Id);
                table.ForeignKey(
                    name: "FK_PartyReplacements_DrawRuns_RunId",
                    column: x => x.RunId,
                    principalTable: "DrawRuns",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "OrderReprints",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ElectionId = table.Column<int>(type: "INTEGER", nullable: false),
                EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                ReplacementId = table.Column<long>(type: "INTEGER", nullable: false),
                PartyNumber = table.Column<int>(type: "INTEGER", nullable: true),
                Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                MarkedAt = table.Column<long>(type: "INTEGER", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OrderReprints", x => x.Id);
                table.ForeignKey(
                    name: "FK_OrderReprints_PartyReplacements_ReplacementId",
                    column: x => x.ReplacementId,
                    principalTable: "PartyReplacements",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_DrawRuns_ElectionId_Stage_Status",
            table: "DrawRuns",
            columns: new[] { "ElectionId", "Stage", "Status" });

        migrationBuilder.CreateIndex(
            name: "IX_DrawRuns_PreviousRunId",
            table: "DrawRuns",
            column: "PreviousRunId");

        migrationBuilder.CreateIndex(
            name: "IX_OrderReprints_ElectionId_EmployeeId",
            table: "OrderReprints",
            columns: new[] { "ElectionId", "EmployeeId" });

        migrationBuilder.CreateIndex(
            name: "IX_OrderReprints_ReplacementId",
            table: "OrderReprints",
            column: "ReplacementId");

        migrationBuilder.CreateIndex(
            name: "IX_PartyReplacements_RunId_AbsentEmployeeId",
            table: "PartyReplacements",
            columns: new[] { "RunId", "AbsentEmployeeId" },
            unique: true);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "DrawOrderDetails");

        migrationBuilder.DropTable(
            name: "OrderReprints");

        migrationBuilder.DropTable(
            name: "PartyReplacements");

        migrationBuilder.DropTable(
            name: "DrawRuns");
    }
}
