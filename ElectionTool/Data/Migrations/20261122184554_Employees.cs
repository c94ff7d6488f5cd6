using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ElectionTool.Data.Migrations;

/// <inheritdoc />
public partial class Employees : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            name: "FinalizedBy",
            table: "Offices",
            type: "TEXT",
            nullable: true);

        migrationBuilder.AddColumn<int>(
            name: "Version",
            table: "Offices",
            type: "INTEGER",
            nullable: false,
            defaultValue: 0);

        migrationBuilder.CreateTable(
            name: "Employees",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                Name = table.Column<string>(type: "TEXT", nullable: false),
                FatherOrHusbandName = table.Column<string>(type: "TEXT", nullable: false),
                Gender = table.Column<int>(type: "INTEGER", nullable: false),
                DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                Mobile = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                Email = table.Column<string>(type: "TEXT", nullable: true),
                Designation = table.Column<string>(type: "TEXT", nullable: false),
                EmployeeCode = table.Column<string>(type: "TEXT", nullable: true),
                ServiceGroup = table.Column<int>(type: "INTEGER", nullable: false),
                Gazetted = table.Column<bool>(type: "INTEGER", nullable: false),
                PayLevel = table.Column<int>(type: "INTEGER", nullable: false),
                BasicPay = table.Column<int>(type: "INTEGER", nullable: false),
                EmploymentType = table.Column<int>(type: "INTEGER", nullable: false),
                DateOfJoining = table.Column<DateOnly>(type: "TEXT", nullable: true),
                Epic = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                VoterUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                VoterPart = table.Column<int>(type: "INTEGER", nullable: true),
                VoterSerial = table.Column<int>(type: "INTEGER", nullable: true),
                ResidenceUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                HomeUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                BankAccount = table.Column<string>(type: "TEXT", nullable: true),
                Ifsc = table.Column<string>(type: "TEXT", nullable: true),
                Disability = table.Column<bool>(type: "INTEGER", nullable: false),
                SpouseInGovtService = table.Column<bool>(type: "INTEGER", nullable: false),
                SpouseEpic = table.Column<string>(type: "TEXT", nullable: true),
                SpouseMobile = table.Column<string>(type: "TEXT", nullable: true),
                Remarks = table.Column<string>(type: "TEXT", nullable: true),
                RetirementDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                ExemptionStatus = table.Column<int>(type: "INTEGER", nullable: false),
                ExemptionReason = table.Column<int>(type: "INTEGER", nullable: true),
                ExemptionNote = table.Column<string>(type: "TEXT", nullable: true),
                ExemptionDecisionRemark = table.Column<string>(type: "TEXT", nullable: true),
                NameKey = table.Column<string>(type: "TEXT", nullable: false),
                FatherKey = table.Column<string>(type: "TEXT", nullable: false),
                CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Employees", x => x.Id);
                table.ForeignKey(
                    name: "FK_Employees_ConstituencyUnits_HomeUnitId",
                    column: x => x.HomeUnitId,
                    principalTable: "ConstituencyUnits",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Employees_ConstituencyUnits_ResidenceUnitId",
                    column: x => x.ResidenceUnitId,
                    principalTable: "ConstituencyUnits",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Employees_ConstituencyUnits_VoterUnitId",
                    column: x => x.VoterUnitId,
                    principalTable: "ConstituencyUnits",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Employees_Offices_OfficeId",
                    column: x => x.OfficeId,
                    principalTable: "Offices",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "ListEvents",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                Kind = table.Column<int>(type: "INTEGER", nullable: false),
                At = table.Column<long>(type: "INTEGER", nullable: false),
                UserName = table.Column<string>(type: "TEXT", nullable: false),
                Reason = table.Column<string>(type: "TEXT", nullable: true),
                StaffCount = table.Column<int>(type: "INTEGER", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ListEvents", x => x.Id);
                table.ForeignKey(
                    name: "FK_ListEvents_Offices_OfficeId",
                    column: x => x.OfficeId,
                    principalTable: "Offices",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "DuplicateFlags",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                OtherEmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                Score = table.Column<double>(type: "REAL", nullable: false),
                Status = table.Column<int>(type: "INTEGER", nullable: false),
                FlaggedAt = table.Column<long>(type: "INTEGER", nullable: false),
                ResolvedBy = table.Column<string>(type: "TEXT", nullable: true),
                ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DuplicateFlags", x => x.Id);
                table.ForeignKey(
                    name: "FK_DuplicateFlags_Employees_EmployeeId",
                    column: x => x.EmployeeId,
                    principalTable: "Employees",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_DuplicateFlags_Employees_OtherEmployeeId",
                    column: x => x.OtherEmployeeId,
                    principalTable: "Employees",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_DuplicateFlags_EmployeeId_OtherEmployeeId",
            table: "DuplicateFlags",
            columns: new[] { "EmployeeId", "OtherEmployeeId" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_DuplicateFlags_OtherEmployeeId",
            table: "DuplicateFlags",
            column: "OtherEmployeeId");

        migrationBuilder.CreateIndex(
            name: "IX_DuplicateFlags_Status_FlaggedAt",
            table: "DuplicateFlags",
            columns: new[] { "Status", "FlaggedAt" });

        migrationBuilder.CreateIndex(
            name: "IX_Employees_DateOfBirth",
            table: "Employees",
            column: "DateOfBirth");

        migrationBuilder.CreateIndex(
            name: "IX_Employees_Epic",
            table: "Employees",
            column: "Epic",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Employees_ExemptionStatus",
            table: "Employees",
            column: "ExemptionStatus");

        migrationBuilder.CreateIndex(
            name: "IX_Employees_HomeUnitId",
            table: "Employees",
            column: "HomeUnitId");

        migrationBuilder.CreateIndex(
            name: "IX_Employees_Mobile",
            table: "Employees",
            column: "Mobile",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Employees_Name",
            table: "Employees",
            column: "Name");

        migrationBuilder.CreateIndex(
            name: "IX_Employees_OfficeId_Name",
            table: "Employees",
            columns: new[] { "OfficeId", "Name" });

        migrationBuilder.CreateIndex(
            name: "IX_Employees_PayLevel_Gender",
            table: "Employees",
            columns: new[] { "PayLevel", "Gender" });

        migrationBuilder.CreateIndex(
            name: "IX_Employees_ResidenceUnitId",
            table: "Employees",
            column: "ResidenceUnitId");

        migrationBuilder.CreateIndex(
            name: "IX_Employees_VoterUnitId",
            table: "Employees",
            column: "VoterUnitId");

        migrationBuilder.CreateIndex(
            name: "IX_ListEvents_At",
            table: "ListEvents",
            column: "At");

        migrationBuilder.CreateIndex(
            name: "IX_ListEvents_OfficeId",
            table: "ListEvents",
            column: "OfficeId");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "DuplicateFlags");

        migrationBuilder.DropTable(
            name: "ListEvents");

        migrationBuilder.DropTable(
            name: "Employees");

        migrationBuilder.DropColumn(
            name: "FinalizedBy",
            table: "Offices");

        migrationBuilder.DropColumn(
            name: "Version",
            table: "Offices");
    }
}
