using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ElectionTool.Data.Migrations;

/// <inheritdoc />
public partial class StaffCounts : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "StaffCounts",
            columns: table => new
            {
                DepartmentId = table.Column<int>(type: "INTEGER", nullable: false),
                Facts = table.Column<int>(type: "INTEGER", nullable: false),
                Staff = table.Column<int>(type: "INTEGER", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_StaffCounts", x => new { x.DepartmentId, x.Facts });
            });

        migrationBuilder.CreateIndex(
            name: "IX_Employees_RetirementDate",
            table: "Employees",
            column: "RetirementDate");

        migrationBuilder.CreateIndex(
            name: "IX_Employees_SpouseEpic",
            table: "Employees",
            column: "SpouseEpic");

        migrationBuilder.CreateIndex(
            name: "IX_Employees_SpouseMobile",
            table: "Employees",
            column: "SpouseMobile");

        // The triggers keep the counts in every writer's own transaction; then count what is already there.
        migrationBuilder.Sql(StaffCountSql.CreateTriggers);
        migrationBuilder.Sql(StaffCountSql.Rebuild);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(StaffCountSql.DropTriggers);
        migrationBuilder.DropTable(
            name: "StaffCounts");

        migrationBuilder.DropIndex(
            name: "IX_Employees_RetirementDate",
            table: "Employees");

        migrationBuilder.DropIndex(
            name: "IX_Employees_SpouseEpic",
            table: "Employees");

        migrationBuilder.DropIndex(
            name: "IX_Employees_SpouseMobile",
            table: "Employees");
    }
}
