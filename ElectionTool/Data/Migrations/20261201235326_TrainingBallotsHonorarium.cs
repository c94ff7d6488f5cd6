using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ElectionTool.Data.Migrations;

/// <inheritdoc />
public partial class TrainingBallotsHonorarium : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "HonorariumPayment",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ElectionId = table.Column<int>(type: "INTEGER", nullable: false),
                EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                Paid = table.Column<bool>(type: "INTEGER", nullable: false),
                Amount = table.Column<decimal>(type: "TEXT", nullable: false),
                Reference = table.Column<string>(type: "TEXT", nullable: false),
                Remark = table.Column<string>(type: "TEXT", nullable: false),
                MarkedAt = table.Column<long>(type: "INTEGER", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_HonorariumPayment", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "HonorariumRate",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ElectionId = table.Column<int>(type: "INTEGER", nullable: false),
                Duty = table.Column<string>(type: "TEXT", nullable: false),
                Day = table.Column<int>(type: "INTEGER", nullable: false),
                PerDay = table.Column<decimal>(type: "TEXT", nullable: false),
                Days = table.Column<int>(type: "INTEGER", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_HonorariumRate", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "PostalBallotRecord",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ElectionId = table.Column<int>(type: "INTEGER", nullable: false),
                EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                Form = table.Column<int>(type: "INTEGER", nullable: false),
                DutyUnitCode = table.Column<string>(type: "TEXT", nullable: false),
                VoterUnitCode = table.Column<string>(type: "TEXT", nullable: false),
                Step = table.Column<int>(type: "INTEGER", nullable: false),
                UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                UpdatedBy = table.Column<string>(type: "TEXT", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PostalBallotRecord", x => x.Id);
                table.ForeignKey(
                    name: "FK_PostalBallotRecord_Employees_EmployeeId",
                    column: x => x.EmployeeId,
                    principalTable: "Employees",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "TrainingAllotmentRun",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ElectionId = table.Column<int>(type: "INTEGER", nullable: false),
                Seed = table.Column<string>(type: "TEXT", nullable: false),
                InputHash = table.Column<string>(type: "TEXT", nullable: false),
                OutputHash = table.Column<string>(type: "TEXT", nullable: false),
                Placed = table.Column<int>(type: "INTEGER", nullable: false),
                Unplaced = table.Column<int>(type: "INTEGER", nullable: false),
                By = table.Column<string>(type: "TEXT", nullable: false),
                At = table.Column<long>(type: "INTEGER", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TrainingAllotmentRun", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "TrainingVenue",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ElectionId = table.Column<int>(type: "INTEGER", nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Address = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                Block = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TrainingVenue", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "TrainingHall",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                VenueId = table.Column<int>(type: "INTEGER", nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                Capacity = table.Column<int>(type: "INTEGER", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TrainingHall", x => x.Id);
                table.ForeignKey(
                    name: "FK_TrainingHall_TrainingVenue_VenueId",
                    column: x => x.VenueId,
                    principalTable: "TrainingVenue",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "TrainingSession",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ElectionId = table.Column<int>(type: "INTEGER", nullable: false),
                HallId = table.Column<int>(type: "INTEGER", nullable: false),
                Round = table.Column<int>(type: "INTEGER", nullable: false),
                Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                Start = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                End = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                Duties = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TrainingSession", x => x.Id);
                table.ForeignKey(
                    name: "FK_TrainingSession_TrainingHall_HallId",
                    column: x => x.HallId,
                    principalTable: "TrainingHall",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "TrainingSeat",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                ElectionId = table.Column<int>(type: "INTEGER", nullable: false),
                SessionId = table.Column<int>(type: "INTEGER", nullable: false),
                EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                Round = table.Column<int>(type: "INTEGER", nullable: false),
                AttendedAt = table.Column<long>(type: "INTEGER", nullable: true),
                MarkedBy = table.Column<string>(type: "TEXT", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TrainingSeat", x => x.Id);
                table.ForeignKey(
                    name: "FK_TrainingSeat_Employees_EmployeeId",
                    column: x => x.EmployeeId,
                    principalTable: "Employees",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_TrainingSeat_TrainingSession_SessionId",
                    column: x => x.SessionId,
                    principalTable: "TrainingSession",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "ShowCauseNotice",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                SeatId = table.Column<long>(type: "INTEGER", nullable: false),
                IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                ReplyBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                Reply = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                Outcome = table.Column<int>(type: "INTEGER", nullable: false),
                DecidedBy = table.Column<string>(type: "TEXT", nullable: true),
                DecidedAt = table.Column<long>(type: "INTEGER", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ShowCauseNotice", x => x.Id);
                table.ForeignKey(
                    name: "FK_ShowCauseNotice_TrainingSeat_SeatId",
                    column: x => x.SeatId,
                    principalTable: "TrainingSeat",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_HonorariumPayment_ElectionId_EmployeeId",
            table: "HonorariumPayment",
            columns: new[] { "ElectionId", "EmployeeId" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_HonorariumRate_ElectionId_Duty_Day",
            table: "HonorariumRate",
            columns: new[] { "ElectionId", "Duty", "Day" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_PostalBallotRecord_ElectionId_DutyUnitCode_Step",
            table: "PostalBallotRecord",
            columns: new[] { "ElectionId", "DutyUnitCode", "Step" });

        migrationBuilder.CreateIndex(
            name: "IX_PostalBallotRecord_ElectionId_EmployeeId",
            table: "PostalBallotRecord",
            columns: new[] { "ElectionId", "EmployeeId" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_PostalBallotRecord_EmployeeId",
            table: "PostalBallotRecord",
            column: "EmployeeId");

        migrationBuilder.CreateIndex(
            name: "IX_ShowCauseNotice_SeatId",
            table: "ShowCauseNotice",
            column: "SeatId",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_TrainingAllotmentRun_ElectionId",
            table: "TrainingAllotmentRun",
            column: "ElectionId");

        migrationBuilder.CreateIndex(
            name: "IX_TrainingHall_VenueId",
            table: "TrainingHall",
            column: "VenueId");

        migrationBuilder.CreateIndex(
            name: "IX_TrainingSeat_ElectionId_EmployeeId_Round",
            table: "TrainingSeat",
            columns: new[] { "ElectionId", "EmployeeId", "Round" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_TrainingSeat_EmployeeId",
            table: "TrainingSeat",
            column: "EmployeeId");

        migrationBuilder.CreateIndex(
            name: "IX_TrainingSeat_SessionId_EmployeeId",
            table: "TrainingSeat",
            columns: new[] { "SessionId", "EmployeeId" });

        migrationBuilder.CreateIndex(
            name: "IX_TrainingSession_ElectionId_Round",
            table: "TrainingSession",
            columns: new[] { "ElectionId", "Round" });

        migrationBuilder.CreateIndex(
            name: "IX_TrainingSession_HallId",
            table: "TrainingSession",
            column: "HallId");

        migrationBuilder.CreateIndex(
            name: "IX_TrainingVenue_ElectionId",
            table: "TrainingVenue",
            column: "ElectionId");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "HonorariumPayment");

        migrationBuilder.DropTable(
            name: "HonorariumRate");

        migrationBuilder.DropTable(
            name: "PostalBallotRecord");

        migrationBuilder.DropTable(
            name: "ShowCauseNotice");

        migrationBuilder.DropTable(
            name: "TrainingAllotmentRun");

        migrationBuilder.DropTable(
            name: "TrainingSeat");

        migrationBuilder.DropTable(
            name: "TrainingSession");

        migrationBuilder.DropTable(
            name: "TrainingHall");

        migrationBuilder.DropTable(
            name: "TrainingVenue");
    }
}
