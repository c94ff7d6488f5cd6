using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ElectionTool.Data.Migrations;

/// <inheritdoc />
public partial class DrawPeopleCommitments : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "DrawPeopleCommitments",
            columns: table => new
            {
                RunId = table.Column<long>(type: "INTEGER", nullable: false),
                Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                People = table.Column<int>(type: "INTEGER", nullable: false)
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
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "DrawPeopleCommitments");
    }
}
