using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ElectionTool.Data.Migrations.PostgreSQL;

/// <inheritdoc />
public partial class RetiringIndex : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "IX_Employees_RetirementDate",
            table: "Employees");

        migrationBuilder.CreateIndex(
            name: "IX_Employees_Retiring",
            table: "Employees",
            columns: new[] { "RetirementDate", "OfficeId", "ExemptionStatus", "Disability", "EmploymentType", "Gazetted", "Gender", "ServiceGroup", "PayLevel" });
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "IX_Employees_Retiring",
            table: "Employees");

        migrationBuilder.CreateIndex(
            name: "IX_Employees_RetirementDate",
            table: "Employees",
            column: "RetirementDate");
    }
}
