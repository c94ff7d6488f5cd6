using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ElectionTool.Data.Migrations;

/// <inheritdoc />
public partial class EmployeeFieldLengths : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddCheckConstraint(
            name: "CK_Employees_BankAccount_Length",
            table: "Employees",
            sql: "length(\"BankAccount\") <= 20");

        migrationBuilder.AddCheckConstraint(
            name: "CK_Employees_Designation_Length",
            table: "Employees",
            sql: "length(\"Designation\") <= 100");

        migrationBuilder.AddCheckConstraint(
            name: "CK_Employees_Email_Length",
            table: "Employees",
            sql: "length(\"Email\") <= 100");

        migrationBuilder.AddCheckConstraint(
            name: "CK_Employees_EmployeeCode_Length",
            table: "Employees",
            sql: "length(\"EmployeeCode\") <= 30");

        migrationBuilder.AddCheckConstraint(
            name: "CK_Employees_Epic_Length",
            table: "Employees",
            sql: "length(\"Epic\") <= 10");

        migrationBuilder.AddCheckConstraint(
            name: "CK_Employees_ExemptionDecisionRemark_Length",
            table: "Employees",
            sql: "length(\"ExemptionDecisionRemark\") <= 500");

        migrationBuilder.AddCheckConstraint(
            name: "CK_Employees_ExemptionNote_Length",
            table: "Employees",
            sql: "length(\"ExemptionNote\") <= 500");

        migrationBuilder.AddCheckConstraint(
            name: "CK_Employees_FatherKey_Length",
            table: "Employees",
            sql: "length(\"FatherKey\") <= 100");

        migrationBuilder.AddCheckConstraint(
            name: "CK_Employees_FatherOrHusbandName_Length",
            table: "Employees",
            sql: "length(\"FatherOrHusbandName\") <= 100");

        migrationBuilder.AddCheckConstraint(
            name: "CK_Employees_Ifsc_Length",
            table: "Employees",
            sql: "length(\"Ifsc\") <= 11");

        migrationBuilder.AddCheckConstraint(
            name: "CK_Employees_Mobile_Length",
            table: "Employees",
            sql: "length(\"Mobile\") <= 10");

        migrationBuilder.AddCheckConstraint(
            name: "CK_Employees_Name_Length",
            table: "Employees",
            sql: "length(\"Name\") <= 100");

        migrationBuilder.AddCheckConstraint(
            name: "CK_Employees_NameKey_Length",
            table: "Employees",
            sql: "length(\"NameKey\") <= 100");

        migrationBuilder.AddCheckConstraint(
            name: "CK_Employees_Remarks_Length",
            table: "Employees",
            sql: "length(\"Remarks\") <= 500");

        migrationBuilder.AddCheckConstraint(
            name: "CK_Employees_SpouseEpic_Length",
            table: "Employees",
            sql: "length(\"SpouseEpic\") <= 10");

        migrationBuilder.AddCheckConstraint(
            name: "CK_Employees_SpouseMobile_Length",
            table: "Employees",
            sql: "length(\"SpouseMobile\") <= 10");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropCheckConstraint(
            name: "CK_Employees_BankAccount_Length",
            table: "Employees");

        migrationBuilder.DropCheckConstraint(
            name: "CK_Employees_Designation_Length",
            table: "Employees");

        migrationBuilder.DropCheckConstraint(
            name: "CK_Employees_Email_Length",
            table: "Employees");

        migrationBuilder.DropCheckConstraint(
            name: "CK_Employees_EmployeeCode_Length",
            table: "Employees");

        migrationBuilder.DropCheckConstraint(
            name: "CK_Employees_Epic_Length",
            table: "Employees");

        migrationBuilder.DropCheckConstraint(
            name: "CK_Employees_ExemptionDecisionRemark_Length",
            table: "Employees");

        migrationBuilder.DropCheckConstraint(
            name: "CK_Employees_ExemptionNote_Length",
            table: "Employees");

        migrationBuilder.DropCheckConstraint(
            name: "CK_Employees_FatherKey_Length",
            table: "Employees");

        migrationBuilder.DropCheckConstraint(
            name: "CK_Employees_FatherOrHusbandName_Length",
            table: "Employees");

        migrationBuilder.DropCheckConstraint(
            name: "CK_Employees_Ifsc_Length",
            table: "Employees");

        migrationBuilder.DropCheckConstraint(
            name: "CK_Employees_Mobile_Length",
            table: "Employees");

        migrationBuilder.DropCheckConstraint(
            name: "CK_Employees_Name_Length",
            table: "Employees");

        migrationBuilder.DropCheckConstraint(
            name: "CK_Employees_NameKey_Length",
            table: "Employees");

        migrationBuilder.DropCheckConstraint(
            name: "CK_Employees_Remarks_Length",
            table: "Employees");

        migrationBuilder.DropCheckConstraint(
            name: "CK_Employees_SpouseEpic_Length",
            table: "Employees");

        migrationBuilder.DropCheckConstraint(
            name: "CK_Employees_SpouseMobile_Length",
            table: "Employees");
    }
}
