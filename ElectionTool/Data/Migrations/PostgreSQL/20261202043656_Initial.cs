using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ElectionTool.Data.Migrations.PostgreSQL;

/// <inheritdoc />
public partial class Initial : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AspNetRoles",
            columns: table => new
            {
                Id = table.Column<string>(type: "text", nullable: false),
                Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetRoles", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                At = table.Column<long>(type: "bigint", nullable: false),
                UserName = table.Column<string>(type: "text", nullable: false),
                Action = table.Column<string>(type: "text", nullable: false),
                EntityType = table.Column<string>(type: "text", nullable: false),
                EntityKey = table.Column<string>(type: "text", nullable: false),
                Before = table.Column<string>(type: "text", nullable: true),
                After = table.Column<string>(type: "text", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AuditEntries", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "DataProtectionKeys",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                FriendlyName = table.Column<string>(type: "text", nullable: true),
                Xml = table.Column<string>(type: "text", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Departments",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Category = table.Column<int>(type: "integer", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Departments", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "DistrictSettings",
            columns: table => new
            {
                Key = table.Column<string>(type: "text", nullable: false),
                Value = table.Column<string>(type: "text", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DistrictSettings", x => x.Key);
            });

        migrationBuilder.CreateTable(
            name: "DutyLookupCodes",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                EmployeeId = table.Column<int>(type: "integer", nullable: false),
                Mobile = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                CodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                ClientAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                ExpiresAt = table.Column<long>(type: "bigint", nullable: false),
                FailedTries = table.Column<int>(type: "integer", nullable: false),
                UsedAt = table.Column<long>(type: "bigint", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DutyLookupCodes", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "DutySms",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                DrawRunId = table.Column<long>(type: "bigint", nullable: false),
                EmployeeId = table.Column<int>(type: "integer", nullable: false),
                Mobile = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                Text = table.Column<string>(type: "text", nullable: false),
                Purpose = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                QueuedAt = table.Column<long>(type: "bigint", nullable: false),
                SentAt = table.Column<long>(type: "bigint", nullable: true),
                Tries = table.Column<int>(type: "integer", nullable: false),
                LastError = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DutySms", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Elections",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Name = table.Column<string>(type: "text", nullable: false),
                Type = table.Column<int>(type: "integer", nullable: false),
                PollDate = table.Column<DateOnly>(type: "date", nullable: false),
                UnitKind = table.Column<int>(type: "integer", nullable: false),
                EntryDeadline = table.Column<long>(type: "bigint", nullable: false),
                IsCurrent = table.Column<bool>(type: "boolean", nullable: false),
                IncludeFourthPollingOfficer = table.Column<bool>(type: "boolean", nullable: false),
                FourthOfficerElectorsThreshold = table.Column<int>(type: "integer", nullable: false),
                ReservePercent = table.Column<int>(type: "integer", nullable: false),
                PresidingMinPayLevel = table.Column<int>(type: "integer", nullable: false),
                PresidingFromGazetted = table.Column<bool>(type: "boolean", nullable: false),
                PollingOfficer1MinPayLevel = table.Column<int>(type: "integer", nullable: false),
                NoTwoFromSameDepartment = table.Column<bool>(type: "boolean", nullable: false),
                WomenRule = table.Column<int>(type: "integer", nullable: false),
                RetirementMarginMonths = table.Column<int>(type: "integer", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Elections", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "HonorariumPayment",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ElectionId = table.Column<int>(type: "integer", nullable: false),
                EmployeeId = table.Column<int>(type: "integer", nullable: false),
                Paid = table.Column<bool>(type: "boolean", nullable: false),
                Amount = table.Column<decimal>(type: "numeric", nullable: false),
                Reference = table.Column<string>(type: "text", nullable: false),
                Remark = table.Column<string>(type: "text", nullable: false),
                MarkedAt = table.Column<long>(type: "bigint", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_HonorariumPayment", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "HonorariumRate",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ElectionId = table.Column<int>(type: "integer", nullable: false),
                Duty = table.Column<string>(type: "text", nullable: false),
                Day = table.Column<int>(type: "integer", nullable: false),
                PerDay = table.Column<decimal>(type: "numeric", nullable: false),
                Days = table.Column<int>(type: "integer", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_HonorariumRate", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "Integrations",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                KeyPrefix = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                KeyHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Scopes = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                OfficeCodes = table.Column<string>(type: "text", nullable: false),
                DepartmentCodes = table.Column<string>(type: "text", nullable: false),
                CreatedBy = table.Column<string>(type: "text", nullable: false),
                CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                ExpiresAt = table.Column<long>(type: "bigint", nullable: true),
                RevokedAt = table.Column<long>(type: "bigint", nullable: true),
                RevokedBy = table.Column<string>(type: "text", nullable: true),
                RotatedAt = table.Column<long>(type: "bigint", nullable: true),
                LastUsedAt = table.Column<long>(type: "bigint", nullable: true),
                Calls = table.Column<long>(type: "bigint", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Integrations", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "LocalBodies",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                Name = table.Column<string>(type: "text", nullable: false),
                Kind = table.Column<int>(type: "integer", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_LocalBodies", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "SmsOutbox",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                At = table.Column<long>(type: "bigint", nullable: false),
                Mobile = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                Text = table.Column<string>(type: "text", nullable: false),
                Purpose = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SmsOutbox", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "StaffCounts",
            columns: table => new
            {
                DepartmentId = table.Column<int>(type: "integer", nullable: false),
                Facts = table.Column<int>(type: "integer", nullable: false),
                Staff = table.Column<int>(type: "integer", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_StaffCounts", x => new { x.DepartmentId, x.Facts });
            });

        migrationBuilder.CreateTable(
            name: "TrainingAllotmentRun",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ElectionId = table.Column<int>(type: "integer", nullable: false),
                Seed = table.Column<string>(type: "text", nullable: false),
                InputHash = table.Column<string>(type: "text", nullable: false),
                OutputHash = table.Column<string>(type: "text", nullable: false),
                Placed = table.Column<int>(type: "integer", nullable: false),
                Unplaced = table.Column<int>(type: "integer", nullable: false),
                By = table.Column<string>(type: "text", nullable: false),
                At = table.Column<long>(type: "bigint", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TrainingAllotmentRun", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "TrainingVenue",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ElectionId = table.Column<int>(type: "integer", nullable: false),
                Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Address = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                Block = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TrainingVenue", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "AspNetRoleClaims",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RoleId = table.Column<string>(type: "text", nullable: false),
                ClaimType = table.Column<string>(type: "text", nullable: true),
                ClaimValue = table.Column<string>(type: "text", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                table.ForeignKey(
                    name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                    column: x => x.RoleId,
                    principalTable: "AspNetRoles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CountingSettings",
            columns: table => new
            {
                ElectionId = table.Column<int>(type: "integer", nullable: false),
                SupervisorMinPayLevel = table.Column<int>(type: "integer", nullable: false),
                ReservePercent = table.Column<int>(type: "integer", nullable: false),
                PollingStaffMayCount = table.Column<bool>(type: "boolean", nullable: false)
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

        migrationBuilder.CreateTable(
            name: "DrawOrderDetails",
            columns: table => new
            {
                ElectionId = table.Column<int>(type: "integer", nullable: false),
                OrderNumber = table.Column<string>(type: "text", nullable: false),
                TrainingPlace = table.Column<string>(type: "text", nullable: false),
                TrainingTime = table.Column<string>(type: "text", nullable: false),
                ReportingPlace = table.Column<string>(type: "text", nullable: false),
                ReportingTime = table.Column<string>(type: "text", nullable: false),
                Signatory = table.Column<string>(type: "text", nullable: false),
                UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
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
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ElectionId = table.Column<int>(type: "integer", nullable: false),
                Stage = table.Column<int>(type: "integer", nullable: false),
                Duty = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, defaultValue: "PollingParty"),
                Seed = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                InputHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                OutputHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                AlgorithmVersion = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                Feasible = table.Column<bool>(type: "boolean", nullable: false),
                Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                PreviousRunId = table.Column<long>(type: "bigint", nullable: true),
                RunBy = table.Column<string>(type: "text", nullable: false),
                RunAt = table.Column<long>(type: "bigint", nullable: false),
                AcceptedBy = table.Column<string>(type: "text", nullable: true),
                AcceptedAt = table.Column<long>(type: "bigint", nullable: true),
                DiscardedBy = table.Column<string>(type: "text", nullable: true),
                DiscardedAt = table.Column<long>(type: "bigint", nullable: true),
                DiscardReason = table.Column<string>(type: "text", nullable: true),
                InputSnapshot = table.Column<byte[]>(type: "bytea", nullable: false),
                ResultJson = table.Column<string>(type: "text", nullable: false),
                ReportJson = table.Column<string>(type: "text", nullable: false)
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
            name: "DutySettings",
            columns: table => new
            {
                ElectionId = table.Column<int>(type: "integer", nullable: false),
                StationsPerSector = table.Column<int>(type: "integer", nullable: false),
                SectorsPerZone = table.Column<int>(type: "integer", nullable: false),
                ZonalMinPayLevel = table.Column<int>(type: "integer", nullable: false),
                SectorMinPayLevel = table.Column<int>(type: "integer", nullable: false),
                ReservePercent = table.Column<int>(type: "integer", nullable: false),
                SectorsLockedAt = table.Column<long>(type: "bigint", nullable: true),
                SectorsLockedBy = table.Column<string>(type: "text", nullable: true)
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
            name: "ConstituencyUnits",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                Kind = table.Column<int>(type: "integer", nullable: false),
                Number = table.Column<int>(type: "integer", nullable: false),
                Name = table.Column<string>(type: "text", nullable: false),
                LocalBodyId = table.Column<int>(type: "integer", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ConstituencyUnits", x => x.Id);
                table.ForeignKey(
                    name: "FK_ConstituencyUnits_LocalBodies_LocalBodyId",
                    column: x => x.LocalBodyId,
                    principalTable: "LocalBodies",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "TrainingHall",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                VenueId = table.Column<int>(type: "integer", nullable: false),
                Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                Capacity = table.Column<int>(type: "integer", nullable: false)
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
            name: "DrawPeopleCommitments",
            columns: table => new
            {
                RunId = table.Column<long>(type: "bigint", nullable: false),
                Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                People = table.Column<int>(type: "integer", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DrawPeopleCommitments", x => x.RunId);
                table.ForeignKey(
                    name: "FK_DrawPeopleCommitments_DrawRuns_RunId",
                    column: x => x.RunId,
                    principalTable: "DrawRuns",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "PartyReplacements",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RunId = table.Column<long>(type: "bigint", nullable: false),
                AbsentEmployeeId = table.Column<int>(type: "integer", nullable: false),
                ReplacementEmployeeId = table.Column<int>(type: "integer", nullable: true),
                PartyNumber = table.Column<int>(type: "integer", nullable: true),
                Role = table.Column<string>(type: "text", nullable: false),
                UnitCode = table.Column<string>(type: "text", nullable: false),
                Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                Reason = table.Column<string>(type: "text", nullable: false),
                By = table.Column<string>(type: "text", nullable: false),
                At = table.Column<long>(type: "bigint", nullable: false)
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
            name: "CountingHalls",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ElectionId = table.Column<int>(type: "integer", nullable: false),
                ConstituencyUnitId = table.Column<int>(type: "integer", nullable: false),
                Number = table.Column<int>(type: "integer", nullable: false),
                Centre = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                Tables = table.Column<int>(type: "integer", nullable: false),
                PostalBallotTables = table.Column<int>(type: "integer", nullable: false),
                ReturningOfficerTable = table.Column<bool>(type: "boolean", nullable: false)
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
            name: "Offices",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                DepartmentId = table.Column<int>(type: "integer", nullable: false),
                HeadDesignation = table.Column<string>(type: "text", nullable: false),
                Address = table.Column<string>(type: "text", nullable: false),
                Pin = table.Column<string>(type: "text", nullable: false),
                Block = table.Column<string>(type: "text", nullable: false),
                ConstituencyUnitId = table.Column<int>(type: "integer", nullable: true),
                Phone = table.Column<string>(type: "text", nullable: false),
                Email = table.Column<string>(type: "text", nullable: false),
                HeadMobile = table.Column<string>(type: "text", nullable: false),
                DeclaredTotal = table.Column<int>(type: "integer", nullable: false),
                DeclaredMale = table.Column<int>(type: "integer", nullable: false),
                DeclaredFemale = table.Column<int>(type: "integer", nullable: false),
                ListState = table.Column<int>(type: "integer", nullable: false),
                FinalizedAt = table.Column<long>(type: "bigint", nullable: true),
                FinalizedBy = table.Column<string>(type: "text", nullable: true),
                Version = table.Column<int>(type: "integer", nullable: false),
                LastActivityAt = table.Column<long>(type: "bigint", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Offices", x => x.Id);
                table.ForeignKey(
                    name: "FK_Offices_ConstituencyUnits_ConstituencyUnitId",
                    column: x => x.ConstituencyUnitId,
                    principalTable: "ConstituencyUnits",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Offices_Departments_DepartmentId",
                    column: x => x.DepartmentId,
                    principalTable: "Departments",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "PollingStations",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ConstituencyUnitId = table.Column<int>(type: "integer", nullable: false),
                Number = table.Column<int>(type: "integer", nullable: false),
                Name = table.Column<string>(type: "text", nullable: false),
                Location = table.Column<string>(type: "text", nullable: false),
                Electors = table.Column<int>(type: "integer", nullable: false),
                Latitude = table.Column<double>(type: "double precision", nullable: true),
                Longitude = table.Column<double>(type: "double precision", nullable: true),
                WomenManaged = table.Column<bool>(type: "boolean", nullable: false),
                Sensitive = table.Column<bool>(type: "boolean", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PollingStations", x => x.Id);
                table.ForeignKey(
                    name: "FK_PollingStations_ConstituencyUnits_ConstituencyUnitId",
                    column: x => x.ConstituencyUnitId,
                    principalTable: "ConstituencyUnits",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Zones",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ElectionId = table.Column<int>(type: "integer", nullable: false),
                ConstituencyUnitId = table.Column<int>(type: "integer", nullable: false),
                Number = table.Column<int>(type: "integer", nullable: false),
                Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false)
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
            name: "TrainingSession",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ElectionId = table.Column<int>(type: "integer", nullable: false),
                HallId = table.Column<int>(type: "integer", nullable: false),
                Round = table.Column<int>(type: "integer", nullable: false),
                Date = table.Column<DateOnly>(type: "date", nullable: false),
                Start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                End = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                Duties = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
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
            name: "OrderReprints",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ElectionId = table.Column<int>(type: "integer", nullable: false),
                EmployeeId = table.Column<int>(type: "integer", nullable: false),
                ReplacementId = table.Column<long>(type: "bigint", nullable: false),
                PartyNumber = table.Column<int>(type: "integer", nullable: true),
                Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                MarkedAt = table.Column<long>(type: "bigint", nullable: false)
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

        migrationBuilder.CreateTable(
            name: "AspNetUsers",
            columns: table => new
            {
                Id = table.Column<string>(type: "text", nullable: false),
                FullName = table.Column<string>(type: "text", nullable: false),
                MustChangePassword = table.Column<bool>(type: "boolean", nullable: false),
                OfficeId = table.Column<int>(type: "integer", nullable: true),
                CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                Language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                PasswordHash = table.Column<string>(type: "text", nullable: true),
                SecurityStamp = table.Column<string>(type: "text", nullable: true),
                ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                PhoneNumber = table.Column<string>(type: "text", nullable: true),
                PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                LockoutEnd = table.Column<long>(type: "bigint", nullable: true),
                LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                table.ForeignKey(
                    name: "FK_AspNetUsers_Offices_OfficeId",
                    column: x => x.OfficeId,
                    principalTable: "Offices",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Employees",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                OfficeId = table.Column<int>(type: "integer", nullable: false),
                Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                FatherOrHusbandName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                Gender = table.Column<int>(type: "integer", nullable: false),
                DateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                Mobile = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                Email = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                Designation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                EmployeeCode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                ServiceGroup = table.Column<int>(type: "integer", nullable: false),
                Gazetted = table.Column<bool>(type: "boolean", nullable: false),
                PayLevel = table.Column<int>(type: "integer", nullable: false),
                BasicPay = table.Column<int>(type: "integer", nullable: false),
                EmploymentType = table.Column<int>(type: "integer", nullable: false),
                DateOfJoining = table.Column<DateOnly>(type: "date", nullable: true),
                Epic = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                VoterUnitId = table.Column<int>(type: "integer", nullable: false),
                VoterPart = table.Column<int>(type: "integer", nullable: true),
                VoterSerial = table.Column<int>(type: "integer", nullable: true),
                ResidenceUnitId = table.Column<int>(type: "integer", nullable: true),
                HomeUnitId = table.Column<int>(type: "integer", nullable: true),
                BankAccount = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                Ifsc = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                Disability = table.Column<bool>(type: "boolean", nullable: false),
                SpouseInGovtService = table.Column<bool>(type: "boolean", nullable: false),
                SpouseEpic = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                SpouseMobile = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                Remarks = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                RetirementDate = table.Column<DateOnly>(type: "date", nullable: false),
                ExemptionStatus = table.Column<int>(type: "integer", nullable: false),
                ExemptionReason = table.Column<int>(type: "integer", nullable: true),
                ExemptionNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                ExemptionDecisionRemark = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                NameKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                FatherKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                CreatedAt = table.Column<long>(type: "bigint", nullable: false),
                UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Employees", x => x.Id);
                table.CheckConstraint("CK_Employees_BankAccount_Length", "length(\"BankAccount\") <= 20");
                table.CheckConstraint("CK_Employees_Designation_Length", "length(\"Designation\") <= 100");
                table.CheckConstraint("CK_Employees_Email_Length", "length(\"Email\") <= 100");
                table.CheckConstraint("CK_Employees_EmployeeCode_Length", "length(\"EmployeeCode\") <= 30");
                table.CheckConstraint("CK_Employees_Epic_Length", "length(\"Epic\") <= 10");
                table.CheckConstraint("CK_Employees_ExemptionDecisionRemark_Length", "length(\"ExemptionDecisionRemark\") <= 500");
                table.CheckConstraint("CK_Employees_ExemptionNote_Length", "length(\"ExemptionNote\") <= 500");
                table.CheckConstraint("CK_Employees_FatherKey_Length", "length(\"FatherKey\") <= 100");
                table.CheckConstraint("CK_Employees_FatherOrHusbandName_Length", "length(\"FatherOrHusbandName\") <= 100");
                table.CheckConstraint("CK_Employees_Ifsc_Length", "length(\"Ifsc\") <= 11");
                table.CheckConstraint("CK_Employees_Mobile_Length", "length(\"Mobile\") <= 10");
                table.CheckConstraint("CK_Employees_Name_Length", "length(\"Name\") <= 100");
                table.CheckConstraint("CK_Employees_NameKey_Length", "length(\"NameKey\") <= 100");
                table.CheckConstraint("CK_Employees_Remarks_Length", "length(\"Remarks\") <= 500");
                table.CheckConstraint("CK_Employees_SpouseEpic_Length", "length(\"SpouseEpic\") <= 10");
                table.CheckConstraint("CK_Employees_SpouseMobile_Length", "length(\"SpouseMobile\") <= 10");
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
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                OfficeId = table.Column<int>(type: "integer", nullable: false),
                Kind = table.Column<int>(type: "integer", nullable: false),
                At = table.Column<long>(type: "bigint", nullable: false),
                UserName = table.Column<string>(type: "text", nullable: false),
                Reason = table.Column<string>(type: "text", nullable: true),
                StaffCount = table.Column<int>(type: "integer", nullable: false)
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
            name: "OfficeReminders",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                OfficeId = table.Column<int>(type: "integer", nullable: false),
                At = table.Column<long>(type: "bigint", nullable: false),
                ByUser = table.Column<string>(type: "text", nullable: false),
                Message = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OfficeReminders", x => x.Id);
                table.ForeignKey(
                    name: "FK_OfficeReminders_Offices_OfficeId",
                    column: x => x.OfficeId,
                    principalTable: "Offices",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Boundaries",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                ConstituencyUnitId = table.Column<int>(type: "integer", nullable: false),
                PollingStationId = table.Column<int>(type: "integer", nullable: true),
                Wkt = table.Column<string>(type: "text", nullable: false),
                CentroidLatitude = table.Column<double>(type: "double precision", nullable: false),
                CentroidLongitude = table.Column<double>(type: "double precision", nullable: false),
                AreaSqKm = table.Column<double>(type: "double precision", nullable: false),
                MinLongitude = table.Column<double>(type: "double precision", nullable: false),
                MinLatitude = table.Column<double>(type: "double precision", nullable: false),
                MaxLongitude = table.Column<double>(type: "double precision", nullable: false),
                MaxLatitude = table.Column<double>(type: "double precision", nullable: false),
                Source = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                ImportedAt = table.Column<long>(type: "bigint", nullable: false),
                ImportedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
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

        migrationBuilder.CreateTable(
            name: "Sectors",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ElectionId = table.Column<int>(type: "integer", nullable: false),
                ConstituencyUnitId = table.Column<int>(type: "integer", nullable: false),
                ZoneId = table.Column<int>(type: "integer", nullable: true),
                Number = table.Column<int>(type: "integer", nullable: false),
                Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                RouteKm = table.Column<double>(type: "double precision", nullable: false),
                NoLocation = table.Column<bool>(type: "boolean", nullable: false)
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
            name: "AspNetUserClaims",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                UserId = table.Column<string>(type: "text", nullable: false),
                ClaimType = table.Column<string>(type: "text", nullable: true),
                ClaimValue = table.Column<string>(type: "text", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                table.ForeignKey(
                    name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserLogins",
            columns: table => new
            {
                LoginProvider = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                ProviderKey = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                UserId = table.Column<string>(type: "text", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                table.ForeignKey(
                    name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserRoles",
            columns: table => new
            {
                UserId = table.Column<string>(type: "text", nullable: false),
                RoleId = table.Column<string>(type: "text", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                table.ForeignKey(
                    name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                    column: x => x.RoleId,
                    principalTable: "AspNetRoles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserTokens",
            columns: table => new
            {
                UserId = table.Column<string>(type: "text", nullable: false),
                LoginProvider = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                Value = table.Column<string>(type: "text", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                table.ForeignKey(
                    name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "NodalDepartments",
            columns: table => new
            {
                UserId = table.Column<string>(type: "text", nullable: false),
                DepartmentId = table.Column<int>(type: "integer", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_NodalDepartments", x => new { x.UserId, x.DepartmentId });
                table.ForeignKey(
                    name: "FK_NodalDepartments_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_NodalDepartments_Departments_DepartmentId",
                    column: x => x.DepartmentId,
                    principalTable: "Departments",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "DuplicateFlags",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                EmployeeId = table.Column<int>(type: "integer", nullable: false),
                OtherEmployeeId = table.Column<int>(type: "integer", nullable: false),
                Score = table.Column<double>(type: "double precision", nullable: false),
                Status = table.Column<int>(type: "integer", nullable: false),
                FlaggedAt = table.Column<long>(type: "bigint", nullable: false),
                ResolvedBy = table.Column<string>(type: "text", nullable: true),
                ResolvedAt = table.Column<long>(type: "bigint", nullable: true)
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

        migrationBuilder.CreateTable(
            name: "PostalBallotRecord",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ElectionId = table.Column<int>(type: "integer", nullable: false),
                EmployeeId = table.Column<int>(type: "integer", nullable: false),
                Form = table.Column<int>(type: "integer", nullable: false),
                DutyUnitCode = table.Column<string>(type: "text", nullable: false),
                VoterUnitCode = table.Column<string>(type: "text", nullable: false),
                Step = table.Column<int>(type: "integer", nullable: false),
                UpdatedAt = table.Column<long>(type: "bigint", nullable: false),
                UpdatedBy = table.Column<string>(type: "text", nullable: false)
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
            name: "TrainingSeat",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ElectionId = table.Column<int>(type: "integer", nullable: false),
                SessionId = table.Column<int>(type: "integer", nullable: false),
                EmployeeId = table.Column<int>(type: "integer", nullable: false),
                Round = table.Column<int>(type: "integer", nullable: false),
                AttendedAt = table.Column<long>(type: "bigint", nullable: true),
                MarkedBy = table.Column<string>(type: "text", nullable: true)
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
            name: "SectorStations",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                ElectionId = table.Column<int>(type: "integer", nullable: false),
                SectorId = table.Column<int>(type: "integer", nullable: false),
                PollingStationId = table.Column<int>(type: "integer", nullable: false),
                RouteOrder = table.Column<int>(type: "integer", nullable: false)
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

        migrationBuilder.CreateTable(
            name: "ShowCauseNotice",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                SeatId = table.Column<long>(type: "bigint", nullable: false),
                IssuedAt = table.Column<long>(type: "bigint", nullable: false),
                ReplyBy = table.Column<DateOnly>(type: "date", nullable: false),
                Reply = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                Outcome = table.Column<int>(type: "integer", nullable: false),
                DecidedBy = table.Column<string>(type: "text", nullable: true),
                DecidedAt = table.Column<long>(type: "bigint", nullable: true)
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
            name: "IX_AspNetRoleClaims_RoleId",
            table: "AspNetRoleClaims",
            column: "RoleId");

        migrationBuilder.CreateIndex(
            name: "RoleNameIndex",
            table: "AspNetRoles",
            column: "NormalizedName",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_AspNetUserClaims_UserId",
            table: "AspNetUserClaims",
            column: "UserId");

        migrationBuilder.CreateIndex(
            name: "IX_AspNetUserLogins_UserId",
            table: "AspNetUserLogins",
            column: "UserId");

        migrationBuilder.CreateIndex(
            name: "IX_AspNetUserRoles_RoleId",
            table: "AspNetUserRoles",
            column: "RoleId");

        migrationBuilder.CreateIndex(
            name: "EmailIndex",
            table: "AspNetUsers",
            column: "NormalizedEmail");

        migrationBuilder.CreateIndex(
            name: "IX_AspNetUsers_OfficeId",
            table: "AspNetUsers",
            column: "OfficeId");

        migrationBuilder.CreateIndex(
            name: "UserNameIndex",
            table: "AspNetUsers",
            column: "NormalizedUserName",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_AuditEntries_At",
            table: "AuditEntries",
            column: "At");

        migrationBuilder.CreateIndex(
            name: "IX_AuditEntries_EntityType_EntityKey",
            table: "AuditEntries",
            columns: new[] { "EntityType", "EntityKey" });

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

        migrationBuilder.CreateIndex(
            name: "IX_ConstituencyUnits_Code",
            table: "ConstituencyUnits",
            column: "Code",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_ConstituencyUnits_Kind_Number",
            table: "ConstituencyUnits",
            columns: new[] { "Kind", "Number" });

        migrationBuilder.CreateIndex(
            name: "IX_ConstituencyUnits_LocalBodyId",
            table: "ConstituencyUnits",
            column: "LocalBodyId");

        migrationBuilder.CreateIndex(
            name: "IX_CountingHalls_ConstituencyUnitId",
            table: "CountingHalls",
            column: "ConstituencyUnitId");

        migrationBuilder.CreateIndex(
            name: "IX_CountingHalls_ElectionId_ConstituencyUnitId_Number",
            table: "CountingHalls",
            columns: new[] { "ElectionId", "ConstituencyUnitId", "Number" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Departments_Code",
            table: "Departments",
            column: "Code",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Departments_Name",
            table: "Departments",
            column: "Name");

        migrationBuilder.CreateIndex(
            name: "IX_DrawRuns_ElectionId_Stage_Status",
            table: "DrawRuns",
            columns: new[] { "ElectionId", "Stage", "Status" });

        migrationBuilder.CreateIndex(
            name: "IX_DrawRuns_PreviousRunId",
            table: "DrawRuns",
            column: "PreviousRunId");

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
            name: "IX_DutyLookupCodes_ClientAddress_CreatedAt",
            table: "DutyLookupCodes",
            columns: new[] { "ClientAddress", "CreatedAt" });

        migrationBuilder.CreateIndex(
            name: "IX_DutyLookupCodes_Mobile_CreatedAt",
            table: "DutyLookupCodes",
            columns: new[] { "Mobile", "CreatedAt" });

        migrationBuilder.CreateIndex(
            name: "IX_DutySms_DrawRunId_EmployeeId",
            table: "DutySms",
            columns: new[] { "DrawRunId", "EmployeeId" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_DutySms_SentAt",
            table: "DutySms",
            column: "SentAt");

        migrationBuilder.CreateIndex(
            name: "IX_Elections_IsCurrent",
            table: "Elections",
            column: "IsCurrent");

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

        migrationBuilder.CreateIndex(
            name: "IX_Employees_VoterUnitId",
            table: "Employees",
            column: "VoterUnitId");

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
            name: "IX_Integrations_KeyHash",
            table: "Integrations",
            column: "KeyHash",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Integrations_Name",
            table: "Integrations",
            column: "Name",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_ListEvents_At",
            table: "ListEvents",
            column: "At");

        migrationBuilder.CreateIndex(
            name: "IX_ListEvents_OfficeId",
            table: "ListEvents",
            column: "OfficeId");

        migrationBuilder.CreateIndex(
            name: "IX_LocalBodies_Code",
            table: "LocalBodies",
            column: "Code",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_NodalDepartments_DepartmentId",
            table: "NodalDepartments",
            column: "DepartmentId");

        migrationBuilder.CreateIndex(
            name: "IX_OfficeReminders_OfficeId_Id",
            table: "OfficeReminders",
            columns: new[] { "OfficeId", "Id" });

        migrationBuilder.CreateIndex(
            name: "IX_Offices_Code",
            table: "Offices",
            column: "Code",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Offices_ConstituencyUnitId",
            table: "Offices",
            column: "ConstituencyUnitId");

        migrationBuilder.CreateIndex(
            name: "IX_Offices_DepartmentId_ListState",
            table: "Offices",
            columns: new[] { "DepartmentId", "ListState" });

        migrationBuilder.CreateIndex(
            name: "IX_Offices_Name",
            table: "Offices",
            column: "Name");

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

        migrationBuilder.CreateIndex(
            name: "IX_PollingStations_ConstituencyUnitId_Number",
            table: "PollingStations",
            columns: new[] { "ConstituencyUnitId", "Number" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_PollingStations_Name",
            table: "PollingStations",
            column: "Name");

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

        migrationBuilder.CreateIndex(
            name: "IX_Zones_ConstituencyUnitId",
            table: "Zones",
            column: "ConstituencyUnitId");

        migrationBuilder.CreateIndex(
            name: "IX_Zones_ElectionId_Code",
            table: "Zones",
            columns: new[] { "ElectionId", "Code" },
            unique: true);

        // The staff-count triggers in PL/pgSQL (ElectionTool/Data/StaffCountSql.cs), then a first count.
        migrationBuilder.Sql(StaffCountSql.PostgreSql.Reinstall);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "AspNetRoleClaims");

        migrationBuilder.DropTable(
            name: "AspNetUserClaims");

        migrationBuilder.DropTable(
            name: "AspNetUserLogins");

        migrationBuilder.DropTable(
            name: "AspNetUserRoles");

        migrationBuilder.DropTable(
            name: "AspNetUserTokens");

        migrationBuilder.DropTable(
            name: "AuditEntries");

        migrationBuilder.DropTable(
            name: "Boundaries");

        migrationBuilder.DropTable(
            name: "CountingHalls");

        migrationBuilder.DropTable(
            name: "CountingSettings");

        migrationBuilder.DropTable(
            name: "DataProtectionKeys");

        migrationBuilder.DropTable(
            name: "DistrictSettings");

        migrationBuilder.DropTable(
            name: "DrawOrderDetails");

        migrationBuilder.DropTable(
            name: "DrawPeopleCommitments");

        migrationBuilder.DropTable(
            name: "DuplicateFlags");

        migrationBuilder.DropTable(
            name: "DutyLookupCodes");

        migrationBuilder.DropTable(
            name: "DutySettings");

        migrationBuilder.DropTable(
            name: "DutySms");

        migrationBuilder.DropTable(
            name: "HonorariumPayment");

        migrationBuilder.DropTable(
            name: "HonorariumRate");

        migrationBuilder.DropTable(
            name: "Integrations");

        migrationBuilder.DropTable(
            name: "ListEvents");

        migrationBuilder.DropTable(
            name: "NodalDepartments");

        migrationBuilder.DropTable(
            name: "OfficeReminders");

        migrationBuilder.DropTable(
            name: "OrderReprints");

        migrationBuilder.DropTable(
            name: "PostalBallotRecord");

        migrationBuilder.DropTable(
            name: "SectorStations");

        migrationBuilder.DropTable(
            name: "ShowCauseNotice");

        migrationBuilder.DropTable(
            name: "SmsOutbox");

        migrationBuilder.DropTable(
            name: "StaffCounts");

        migrationBuilder.DropTable(
            name: "TrainingAllotmentRun");

        migrationBuilder.DropTable(
            name: "AspNetRoles");

        migrationBuilder.DropTable(
            name: "AspNetUsers");

        migrationBuilder.DropTable(
            name: "PartyReplacements");

        migrationBuilder.DropTable(
            name: "PollingStations");

        migrationBuilder.DropTable(
            name: "Sectors");

        migrationBuilder.DropTable(
            name: "TrainingSeat");

        migrationBuilder.DropTable(
            name: "DrawRuns");

        migrationBuilder.DropTable(
            name: "Zones");

        migrationBuilder.DropTable(
            name: "Employees");

        migrationBuilder.DropTable(
            name: "TrainingSession");

        migrationBuilder.DropTable(
            name: "Elections");

        migrationBuilder.DropTable(
            name: "Offices");

        migrationBuilder.DropTable(
            name: "TrainingHall");

        migrationBuilder.DropTable(
            name: "ConstituencyUnits");

        migrationBuilder.DropTable(
            name: "Departments");

        migrationBuilder.DropTable(
            name: "TrainingVenue");

        migrationBuilder.DropTable(
            name: "LocalBodies");
    }
}
